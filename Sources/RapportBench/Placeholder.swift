// RapportBench: see BenchCommand
