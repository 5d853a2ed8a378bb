update ACT_GE_PROPERTY set VALUE_ = '6.8.1.0' where NAME_ = 'schema.version';
