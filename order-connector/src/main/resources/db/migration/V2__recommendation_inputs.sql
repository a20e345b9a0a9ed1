-- What recommendations learn from and go by: the shop's labels for a product, and the product pages customers saw.

alter table products add column tags_json text not null default '[]';

create table product_views (
    id          bigserial primary key,
    customer_id text not null references customers (customer_id),
    sku         text not null references products (sku),
    viewed_at   timestamptz not null
);
create index product_views_at on product_views (viewed_at);
