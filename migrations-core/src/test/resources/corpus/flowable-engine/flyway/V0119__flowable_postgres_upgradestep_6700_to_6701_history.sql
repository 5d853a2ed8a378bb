alter table ACT_HI_PROCINST add column BUSINESS_STATUS_ varchar(255);
