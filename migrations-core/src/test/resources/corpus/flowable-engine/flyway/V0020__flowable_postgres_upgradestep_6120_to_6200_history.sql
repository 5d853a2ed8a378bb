alter table ACT_HI_PROCINST add column CALLBACK_ID_ varchar(255);
alter table ACT_HI_PROCINST add column CALLBACK_TYPE_ varchar(255);