update ACT_GE_PROPERTY set VALUE_ = '6.1.2.0' where NAME_ = 'schema.version';
