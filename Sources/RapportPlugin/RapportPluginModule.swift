/// The plugin SDK.
enum RapportPluginModule {}
