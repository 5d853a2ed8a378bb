package dev.migrations.internal.snapshot;

/**
 * The {@code pg_catalog} queries of a snapshot. Each takes the schemas as its first
 * parameter ({@code text[]}); those marked in {@link SnapshotReader} also take the
 * history table's schema and name, to leave it and what hangs on it out. Names come
 * through {@code quote_ident}, so they read as they would be written; objects that belong
 * to an extension are left out (they come and go with it). The queries run on PostgreSQL
 * 13 and later.
 */
final class CatalogQueries {

	static final String TABLES = """
			SELECT quote_ident(n.nspname), quote_ident(c.relname), c.relpersistence, c.relrowsecurity,
			       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
			       (SELECT quote_ident(pn.nspname) || '.' || quote_ident(pc.relname) || ' '
			               || pg_get_expr(c.relpartbound, c.oid)
			        FROM pg_inherits i
			        JOIN pg_class pc ON pc.oid = i.inhparent
			        JOIN pg_namespace pn ON pn.oid = pc.relnamespace
			        WHERE i.inhrelid = c.oid AND c.relispartition),
			       obj_description(c.oid, 'pg_class')
			FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND NOT (n.nspname = ? AND c.relname = ?)
			  AND """ + notMember("c.oid", "pg_class");

	static final String COLUMNS = """
			SELECT quote_ident(n.nspname), quote_ident(c.relname), quote_ident(a.attname),
			       format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
			       a.attidentity, a.attgenerated,
			       CASE WHEN a.attcollation <> t.typcollation THEN quote_ident(co.collname) END,
			       col_description(c.oid, a.attnum)
			FROM pg_attribute a
			JOIN pg_class c ON c.oid = a.attrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			JOIN pg_type t ON t.oid = a.atttypid
			LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
			LEFT JOIN pg_collation co ON co.oid = a.attcollation
			WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
			  AND n.nspname = ANY (?) AND NOT (n.nspname = ? AND c.relname = ?)
			  AND """ + notMember("c.oid", "pg_class");

	// NOT NULL constraints (contype 'n', PostgreSQL 18) are the columns' nullability
	static final String CONSTRAINTS = """
			SELECT quote_ident(n.nspname), quote_ident(c.relname), quote_ident(k.conname),
			       pg_get_constraintdef(k.oid), k.convalidated, obj_description(k.oid, 'pg_constraint')
			FROM pg_constraint k
			JOIN pg_class c ON c.oid = k.conrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE k.contype IN ('c', 'f', 'p', 'u', 'x')
			  AND n.nspname = ANY (?) AND NOT (n.nspname = ? AND c.relname = ?)
			  AND """ + notMember("c.oid", "pg_class");

	static final String INDEXES = """
			SELECT quote_ident(n.nspname), quote_ident(i.relname), pg_get_indexdef(i.oid), x.indisvalid,
			       obj_description(i.oid, 'pg_class')
			FROM pg_index x
			JOIN pg_class i ON i.oid = x.indexrelid
			JOIN pg_namespace n ON n.oid = i.relnamespace
			JOIN pg_class t ON t.oid = x.indrelid
			JOIN pg_namespace tn ON tn.oid = t.relnamespace
			WHERE n.nspname = ANY (?) AND NOT (tn.nspname = ? AND t.relname = ?)
			  AND """ + notMember("t.oid", "pg_class");

	static final String SEQUENCES = """
			SELECT quote_ident(n.nspname), quote_ident(c.relname), format_type(s.seqtypid, NULL), s.seqstart,
			       s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
			       (SELECT quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.' || quote_ident(a.attname)
			        FROM pg_depend d
			        JOIN pg_class tc ON tc.oid = d.refobjid
			        JOIN pg_namespace tn ON tn.oid = tc.relnamespace
			        JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
			        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
			          AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
			        LIMIT 1),
			       obj_description(c.oid, 'pg_class')
			FROM pg_sequence s
			JOIN pg_class c ON c.oid = s.seqrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = ANY (?) AND """ + notMember("c.oid", "pg_class");

	static final String VIEWS = """
			SELECT quote_ident(n.nspname), quote_ident(c.relname), c.relkind, pg_get_viewdef(c.oid, true),
			       obj_description(c.oid, 'pg_class')
			FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY (?) AND """ + notMember("c.oid", "pg_class");

	static final String FUNCTIONS = """
			SELECT quote_ident(n.nspname),
			       quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')',
			       pg_get_functiondef(p.oid), pg_get_function_result(p.oid), obj_description(p.oid, 'pg_proc')
			FROM pg_proc p
			JOIN pg_namespace n ON n.oid = p.pronamespace
			WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY (?) AND """ + notMember("p.oid", "pg_proc");

	static final String TRIGGERS = """
			SELECT quote_ident(n.nspname), quote_ident(c.relname), quote_ident(t.tgname), pg_get_triggerdef(t.oid),
			       t.tgenabled, obj_description(t.oid, 'pg_trigger')
			FROM pg_trigger t
			JOIN pg_class c ON c.oid = t.tgrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE NOT t.tgisinternal AND n.nspname = ANY (?) AND NOT (n.nspname = ? AND c.relname = ?)
			  AND """ + notMember("c.oid", "pg_class");

	static final String ENUM_TYPES = """
			SELECT quote_ident(n.nspname), quote_ident(t.typname),
			       (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
			        FROM pg_enum e WHERE e.enumtypid = t.oid),
			       obj_description(t.oid, 'pg_type')
			FROM pg_type t
			JOIN pg_namespace n ON n.oid = t.typnamespace
			WHERE t.typtype = 'e' AND n.nspname = ANY (?) AND """ + notMember("t.oid", "pg_type");

	static final String EXTENSIONS = """
			SELECT quote_ident(n.nspname), quote_ident(e.extname), e.extversion, obj_description(e.oid, 'pg_extension')
			FROM pg_extension e
			JOIN pg_namespace n ON n.oid = e.extnamespace
			WHERE n.nspname = ANY (?)""";

	/** The tables of the schemas, by oid, for naming sampled locks and counting rows. */
	static final String TABLE_NAMES = """
			SELECT c.oid, quote_ident(n.nspname), quote_ident(c.relname)
			FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?) AND NOT (n.nspname = ? AND c.relname = ?)""";

	private CatalogQueries() {
	}

	private static String notMember(String oid, String catalog) {
		// a leading space: text blocks drop the trailing one before it
		return " NOT EXISTS (SELECT 1 FROM pg_depend m WHERE m.classid = '" + catalog + "'::regclass AND m.objid = "
				+ oid + " AND m.deptype = 'e')";
	}

}
