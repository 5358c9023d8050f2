CREATE TABLE "copilot_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"intent" text NOT NULL,
	"normalized" text NOT NULL,
	"embedding" real[],
	"embedding_model" text,
	"dependencies" jsonb NOT NULL,
	"answer" jsonb NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_hit_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "copilot_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"text" text NOT NULL,
	"normalized" text NOT NULL,
	"intent" text,
	"status" text DEFAULT 'running' NOT NULL,
	"router" text,
	"route" jsonb,
	"answer" jsonb,
	"account_id" text,
	"opportunity_id" text,
	"proposal_id" text,
	"cache_hit" boolean DEFAULT false NOT NULL,
	"steps" integer DEFAULT 0 NOT NULL,
	"next_seq" integer DEFAULT 1 NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"latency_ms" integer,
	"as_of" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "copilot_cache_user_intent_idx" ON "copilot_cache" USING btree ("user_id","intent");--> statement-breakpoint
CREATE INDEX "copilot_requests_user_idx" ON "copilot_requests" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "copilot_requests_created_idx" ON "copilot_requests" USING btree ("created_at");