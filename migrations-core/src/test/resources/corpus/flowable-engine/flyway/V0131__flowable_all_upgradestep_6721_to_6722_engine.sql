update ACT_GE_PROPERTY set VALUE_ = '6.7.2.2' where NAME_ = 'schema.version';
