update ACT_GE_PROPERTY set VALUE_ = '7.2.0.1' where NAME_ = 'schema.version';
