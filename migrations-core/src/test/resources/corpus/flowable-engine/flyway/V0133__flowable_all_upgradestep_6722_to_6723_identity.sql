update ACT_ID_PROPERTY set VALUE_ = '6.7.2.3' where NAME_ = 'schema.version';
