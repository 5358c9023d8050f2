-- The contact governor finds every proposal to an address: a GIN index over their lower-case recipients.
ALTER TABLE "proposals" ADD COLUMN "recipients" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "proposals_recipients_idx" ON "proposals" USING gin ("recipients");