-- The public service finder answers at /{tenant}: a tenant must not take a first path segment the
-- server uses itself (common/schemas/tenants.ts RESERVED_TENANT_SLUGS holds the same list).
ALTER TABLE tenant ADD CONSTRAINT tenant_slug_not_reserved
  CHECK (slug NOT IN ('app', 'api', 'hsds', 'healthz', 'readyz', 'metrics', 'assets'));
