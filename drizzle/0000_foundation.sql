CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone,
	"account_id" text
);
--> statement-breakpoint
CREATE TABLE "products" (
	"sku" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"list_price" double precision NOT NULL,
	"currency" text NOT NULL,
	"unit" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"industry" text,
	"owner_id" text NOT NULL,
	"employees" integer
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"account_id" text NOT NULL,
	"opportunity_id" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"occurred_at_offset" smallint DEFAULT 0 NOT NULL,
	"direction" text,
	"from_address" text,
	"to_addresses" text[],
	"cc_addresses" text[],
	"subject" text,
	"body" text,
	"thread_id" text,
	"starts_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"status" text
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"title" text,
	"role" text,
	"status" text
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"stage" text NOT NULL,
	"amount" double precision NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"close_date" date NOT NULL,
	"next_step" text,
	"next_step_date" date,
	"is_closed" boolean,
	"is_won" boolean,
	"contract_end_date" date,
	"licensed_seats" integer
);
--> statement-breakpoint
CREATE TABLE "opportunity_stage_history" (
	"opportunity_id" text NOT NULL,
	"position" smallint NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "opportunity_stage_history_opportunity_id_position_pk" PRIMARY KEY("opportunity_id","position")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"manager_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage" (
	"account_id" text NOT NULL,
	"metric" text NOT NULL,
	"period" date NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "usage_account_id_metric_period_pk" PRIMARY KEY("account_id","metric","period")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"manager_id" text,
	"team_id" text,
	"timezone" text
);
--> statement-breakpoint
CREATE TABLE "workspace" (
	"id" text PRIMARY KEY DEFAULT 'default' NOT NULL,
	"seller" jsonb NOT NULL,
	"pipeline" jsonb,
	"as_of" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "activities_account_time_idx" ON "activities" USING btree ("account_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_opportunity_time_idx" ON "activities" USING btree ("opportunity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_thread_idx" ON "activities" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "contacts_email_idx" ON "contacts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "opportunities_owner_open_idx" ON "opportunities" USING btree ("owner_id","is_closed");--> statement-breakpoint
CREATE INDEX "opportunities_account_idx" ON "opportunities" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "users_email_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_manager_idx" ON "users" USING btree ("manager_id");