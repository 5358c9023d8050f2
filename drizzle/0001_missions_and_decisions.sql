CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"opportunity_id" text,
	"basis" jsonb,
	"content" jsonb
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"proposal_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason_code" text,
	"reason_text" text,
	"edited_payload" jsonb,
	"diff" jsonb,
	"opened_at" timestamp with time zone,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dwell_ms" integer
);
--> statement-breakpoint
CREATE TABLE "do_not_contact" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"proposal_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"message_id" text,
	"last_error" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"run_id" text,
	"request_id" text,
	"opportunity_id" text NOT NULL,
	"account_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"kind" text NOT NULL,
	"action" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"payload" jsonb NOT NULL,
	"approved_payload" jsonb,
	"rationale" text NOT NULL,
	"writer" text NOT NULL,
	"verdict" text,
	"priority" integer,
	"guard" jsonb,
	"blocked" boolean DEFAULT false NOT NULL,
	"fingerprint" text,
	"snoozed_until" timestamp with time zone,
	"state_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_opened_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"sampled_for_review" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_states" (
	"opportunity_id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"run_id" text NOT NULL,
	"fingerprint" text NOT NULL,
	"as_of" text NOT NULL,
	"review_at" text,
	"verdict" text NOT NULL,
	"actions" jsonb NOT NULL,
	"resume_on" text,
	"priority" double precision NOT NULL,
	"why" text NOT NULL,
	"proposal_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" text,
	"request_id" text,
	"seq" integer NOT NULL,
	"opportunity_id" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"span" jsonb,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_deals" (
	"run_id" text NOT NULL,
	"opportunity_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"fingerprint" text,
	"verdict" text,
	"actions" jsonb,
	"resume_on" text,
	"priority" double precision,
	"why" text,
	"review_at" text,
	"assessment" jsonb,
	"unchanged_from" text,
	"proposal_id" text,
	"error" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "run_deals_run_id_opportunity_id_pk" PRIMARY KEY("run_id","opportunity_id")
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" text PRIMARY KEY NOT NULL,
	"rep_id" text,
	"trigger" text NOT NULL,
	"requested_by" text,
	"as_of" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"dedupe_key" text,
	"deals" integer DEFAULT 0 NOT NULL,
	"reasoned" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"proposals" integer DEFAULT 0 NOT NULL,
	"next_seq" integer DEFAULT 1 NOT NULL,
	"reasoner" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"deadline_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "audit_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "decisions_proposal_idx" ON "decisions" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "decisions_actor_idx" ON "decisions" USING btree ("actor_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_proposal_idx" ON "outbox" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_idx" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "proposals_queue_idx" ON "proposals" USING btree ("owner_id","state","created_at");--> statement-breakpoint
CREATE INDEX "proposals_deal_idx" ON "proposals" USING btree ("opportunity_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_run_deal_idx" ON "proposals" USING btree ("run_id","opportunity_id") WHERE "proposals"."run_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "deal_states_owner_idx" ON "deal_states" USING btree ("owner_id","verdict","priority");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_run_seq_idx" ON "observations" USING btree ("run_id","seq");--> statement-breakpoint
CREATE INDEX "observations_deal_idx" ON "observations" USING btree ("opportunity_id","run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_request_seq_idx" ON "observations" USING btree ("request_id","seq");--> statement-breakpoint
CREATE INDEX "run_deals_claim_idx" ON "run_deals" USING btree ("run_id","status","position");--> statement-breakpoint
CREATE INDEX "run_deals_owner_idx" ON "run_deals" USING btree ("run_id","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "runs_dedupe_idx" ON "runs" USING btree ("dedupe_key") WHERE "runs"."dedupe_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "runs_rep_created_idx" ON "runs" USING btree ("rep_id","created_at");--> statement-breakpoint
CREATE INDEX "runs_status_idx" ON "runs" USING btree ("status");