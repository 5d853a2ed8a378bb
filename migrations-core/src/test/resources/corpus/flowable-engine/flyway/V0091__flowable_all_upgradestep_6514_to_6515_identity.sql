update ACT_ID_PROPERTY set VALUE_ = '6.5.1.5' where NAME_ = 'schema.version';
