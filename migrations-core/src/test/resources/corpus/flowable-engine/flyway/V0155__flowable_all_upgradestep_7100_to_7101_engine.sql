update ACT_GE_PROPERTY set VALUE_ = '7.1.0.1' where NAME_ = 'schema.version';
