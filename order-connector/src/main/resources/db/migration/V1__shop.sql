-- The reference shop back end. Bilingual texts are *_zh / *_en columns; nested shapes a shop's system would keep as
-- documents (addresses, a product's attributes and colours) are JSON text. Times are timestamptz.

create table customers (
    customer_id        text primary key,
    name               text not null,
    phone              text not null,
    email              text,
    preferred_language text not null,
    member_tier        text not null,
    points_balance     integer not null default 0,
    address_json       text,
    registered_at      timestamptz not null
);
create index customers_phone on customers (phone);

create table products (
    sku             text primary key,
    name_zh         text not null,
    name_en         text not null,
    category        text not null,
    category_zh     text,
    category_en     text,
    brand           text,
    model           text,
    price           numeric(12, 2) not null,
    stock           integer not null check (stock >= 0),
    colors_json     text not null default '[]',
    attributes_json text not null default '{}',
    description_zh  text,
    description_en  text,
    return_policy   text not null,
    warranty_months integer not null default 0,
    rating          double precision,
    review_count    integer not null default 0
);

-- Stock per size, for products sold in sizes; products.stock is their sum.
create table product_variants (
    sku   text not null references products (sku),
    size  text not null,
    stock integer not null check (stock >= 0),
    primary key (sku, size)
);

create table orders (
    order_id              text primary key,
    customer_id           text not null references customers (customer_id),
    status                text not null,
    subtotal              numeric(12, 2) not null,
    discount              numeric(12, 2) not null default 0,
    coupon_code           text,
    shipping_fee          numeric(12, 2) not null default 0,
    total                 numeric(12, 2) not null,
    currency              text not null,
    payment_method        text not null,
    placed_at             timestamptz not null,
    pay_by                timestamptz,
    paid_at               timestamptz,
    dispatch_due_by       timestamptz,
    dispatch_note_zh      text,
    dispatch_note_en      text,
    shipped_at            timestamptz,
    delivered_at          timestamptz,
    cancelled_at          timestamptz,
    cancel_reason         text,
    shipping_address_json text not null
);
create index orders_customer on orders (customer_id, placed_at desc);

create table order_items (
    order_id     text not null references orders (order_id),
    line_no      integer not null,
    sku          text not null references products (sku),
    name_zh      text not null,
    name_en      text not null,
    qty          integer not null check (qty > 0),
    unit_price   numeric(12, 2) not null,
    color_zh     text,
    color_en     text,
    size         text,
    primary key (order_id, line_no)
);

create table payments (
    order_id text primary key references orders (order_id),
    method   text not null,
    amount   numeric(12, 2) not null,
    paid_at  timestamptz not null
);

create table shipments (
    order_id              text primary key references orders (order_id),
    carrier               text not null,
    carrier_zh            text,
    carrier_en            text,
    tracking_no           text not null,
    status                text not null,
    shipped_at            timestamptz not null,
    estimated_delivery_by timestamptz,
    delivered_at          timestamptz
);

create table tracking_events (
    order_id    text not null references shipments (order_id),
    seq         integer not null,
    time        timestamptz not null,
    code        text not null,
    location_zh text,
    location_en text,
    status_zh   text,
    status_en   text,
    detail_zh   text,
    detail_en   text,
    primary key (order_id, seq)
);

-- Returns (type 'return') and exchanges (type 'exchange') of one item: RMAs.
create table returns (
    rma_id                  text primary key,
    order_id                text not null references orders (order_id),
    customer_id             text not null references customers (customer_id),
    sku                     text not null references products (sku),
    qty                     integer not null check (qty > 0),
    type                    text not null,
    reason                  text not null,
    item_condition          text,
    status                  text not null,
    requested_at            timestamptz not null,
    approved_at             timestamptz,
    sent_back_at            timestamptz,
    received_at             timestamptz,
    return_carrier          text,
    return_tracking_no      text,
    return_shipping_paid_by text,
    refund_amount           numeric(12, 2),
    refund_to               text,
    refunded_at             timestamptz,
    exchange_size           text,
    exchange_color_zh       text,
    exchange_color_en       text
);
create index returns_order on returns (order_id);

-- Money going back: an order cancelled after payment (rma_id null) or a return.
create table refunds (
    refund_id   bigserial primary key,
    order_id    text not null references orders (order_id),
    rma_id      text references returns (rma_id),
    amount      numeric(12, 2) not null,
    refund_to   text not null,
    created_at  timestamptz not null,
    refunded_at timestamptz
);
create index refunds_order on refunds (order_id);

create table coupons_issued (
    code        text primary key,
    customer_id text not null references customers (customer_id),
    order_id    text references orders (order_id),
    name_zh     text not null,
    name_en     text not null,
    amount      numeric(12, 2) not null,
    min_spend   numeric(12, 2) not null default 0,
    reason      text not null,
    issued_at   timestamptz not null,
    valid_until timestamptz not null,
    used_at     timestamptz
);
create index coupons_customer on coupons_issued (customer_id);

-- Every action applied or refused, once per actionId: a redelivered request is answered from here.
create table applied_actions (
    action_id       text primary key,
    kind            text not null,
    customer_id     text not null,
    order_id        text,
    outcome         text not null,
    completion_json text not null,
    conversation_id text,
    applied_at      timestamptz not null
);

-- What changed, why and from which conversation.
create table audit_log (
    audit_id        bigserial primary key,
    at              timestamptz not null,
    conversation_id text,
    action_id       text,
    entity          text not null,
    entity_id       text not null,
    change          text not null
);
create index audit_entity on audit_log (entity, entity_id);
