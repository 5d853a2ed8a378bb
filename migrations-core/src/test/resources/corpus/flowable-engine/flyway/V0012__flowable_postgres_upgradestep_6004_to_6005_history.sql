alter table ACT_HI_IDENTITYLINK add column CREATE_TIME_ timestamp;
