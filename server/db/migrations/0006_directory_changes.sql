-- Partner operators' proposed edits to published directory services, held until a coordinator
-- approves (the change is applied) or rejects them. At most one pending change per service:
-- a second proposal is merged into the first.
CREATE TABLE dir_service_change (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL,
  proposed jsonb NOT NULL,
  proposed_by uuid,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected')),
  comment text CHECK (length(comment) <= 1000),
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  FOREIGN KEY (tenant_id, service_id) REFERENCES dir_service(tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, proposed_by) REFERENCES app_user(tenant_id, id) ON DELETE SET NULL (proposed_by),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES app_user(tenant_id, id) ON DELETE SET NULL (decided_by)
);
CREATE UNIQUE INDEX dir_service_change_pending_key ON dir_service_change (tenant_id, service_id) WHERE status = 'pending';
CREATE INDEX dir_service_change_status_idx ON dir_service_change (tenant_id, status, created_at);

-- A proposal follows its service: invisible when the service is (a confidential one, without
-- protection access), because the proposed values may describe it.
ALTER TABLE dir_service_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON dir_service_change
  USING (tenant_id = app_tenant() AND EXISTS (SELECT 1 FROM dir_service s WHERE s.tenant_id = dir_service_change.tenant_id AND s.id = dir_service_change.service_id))
  WITH CHECK (tenant_id = app_tenant() AND EXISTS (SELECT 1 FROM dir_service s WHERE s.tenant_id = dir_service_change.tenant_id AND s.id = dir_service_change.service_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON dir_service_change TO approdo_app;

-- The staff app lists open reports, newest first.
CREATE INDEX dir_report_status_idx ON dir_report (tenant_id, status, created_at);
