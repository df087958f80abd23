-- Whether the report is sealed (加盖印章): GB/T 9704 7.3.5 sets the signature differently with and without a seal.
alter table report_settings add column sealed boolean default true not null;
