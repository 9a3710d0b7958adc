/// The capture library: typed desk events, a local spool that survives outages, and its sender.
enum RapportCaptureModule {}
