update ACT_GE_PROPERTY set VALUE_ = '6.5.1.4' where NAME_ = 'schema.version';
