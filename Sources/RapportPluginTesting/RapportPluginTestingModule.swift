/// Test kit for plugins.
enum RapportPluginTestingModule {}
