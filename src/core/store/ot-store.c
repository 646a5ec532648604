/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store.c: opening, migrating and transacting on the SQLite database. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ot-error.h"
#include "ot-schema-private.h"
#include "ot-store-private.h"

struct _OtStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;     /* SQL text → sqlite3_stmt */
  guint       depth;          /* nesting of ot_store_begin() */
  GHashTable *touched;        /* table names changed in the open transaction */
};

G_DEFINE_FINAL_TYPE (OtStore, ot_store, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
ot_store_finalize (GObject *object)
{
  OtStore *self = OT_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (ot_store_parent_class)->finalize (object);
}

static void
ot_store_class_init (OtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ot_store_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ot_store_init (OtStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

char *
ot_store_resolve_path (const char *explicit_path)
{
  const char *env = g_getenv ("OVERLEGTAFEL_DB");

  if (explicit_path != NULL && *explicit_path != '\0')
    return g_strdup (explicit_path);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "overlegtafel", "overlegtafel.db", NULL);
}

gboolean
ot_store_fail (OtStore  *self,
               GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);
  const char *detail = sqlite3_errmsg (self->db);

  switch (code & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, OT_ERROR, OT_ERROR_CONSTRAINT,
                   _("The change was refused because it conflicts with existing data (%s)."), detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, OT_ERROR, OT_ERROR_IO,
                   _("The disk holding the database “%s” is full; nothing was changed."), self->path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, OT_ERROR, OT_ERROR_IO,
                   _("The database “%s” cannot be written (%s)."), self->path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, OT_ERROR, OT_ERROR_STORE,
                   _("The database “%s” is in use by another program; try again."), self->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("“%s” is not an Overlegtafel database or is damaged."), self->path);
      break;
    default:
      g_set_error (error, OT_ERROR, OT_ERROR_STORE,
                   _("The database “%s” reported an error: %s."), self->path, detail);
    }
  return FALSE;
}

sqlite3 *
ot_store_get_db (OtStore *self)
{
  return self->db;
}

sqlite3_stmt *
ot_store_prepare (OtStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      ot_store_fail (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
ot_store_step_done (OtStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      ot_store_fail (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
ot_store_touch (OtStore    *self,
                const char *table)
{
  g_hash_table_add (self->touched, g_strdup (table));
}

void
ot_bind_text_or_null (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
ot_bind_id_or_null (sqlite3_stmt *stmt,
                    int           index,
                    gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

gboolean
ot_text_is_present (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;
  return FALSE;
}

const char *
ot_column_text (sqlite3_stmt *stmt,
                int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

static gboolean
exec (OtStore     *self,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return ot_store_fail (self, error);
  return TRUE;
}

gboolean
ot_store_begin (OtStore  *self,
                GError  **error)
{
  g_return_val_if_fail (OT_IS_STORE (self), FALSE);

  /* The outermost level takes the write lock at once, so a change never fails half-way
   * on a lock held by another process. */
  if (!exec (self, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested", error))
    return FALSE;
  self->depth++;
  return TRUE;
}

static void
emit_touched (OtStore *self)
{
  /* Handlers may start a new change, so emit from a copy of the set. */
  g_autofree gpointer *tables = g_hash_table_get_keys_as_array (self->touched, NULL);
  g_autoptr(GStrvBuilder) copy = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; tables[i] != NULL; i++)
    g_strv_builder_add (copy, tables[i]);
  names = g_strv_builder_end (copy);
  g_hash_table_remove_all (self->touched);
  for (guint i = 0; names[i] != NULL; i++)
    g_signal_emit (self, signals[CHANGED], g_quark_from_string (names[i]), names[i]);
}

gboolean
ot_store_commit (OtStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (OT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      self->depth--;
      return exec (self, "RELEASE nested", error);
    }
  if (!exec (self, "COMMIT", error))
    {
      ot_store_rollback (self);
      return FALSE;
    }
  self->depth = 0;
  emit_touched (self);
  return TRUE;
}

void
ot_store_rollback (OtStore *self)
{
  g_return_if_fail (OT_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth > 1)
    {
      sqlite3_exec (self->db, "ROLLBACK TO nested; RELEASE nested", NULL, NULL, NULL);
      self->depth--;
      return;
    }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  g_hash_table_remove_all (self->touched);
}

static gboolean
prepare_file (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Cannot create the folder “%s”: %s."),
                   dir, g_strerror (saved));
      return FALSE;
    }
  /* Created here rather than by SQLite so it is private from the first byte: the database
   * holds confidential cost prices and personal data. */
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Cannot open the database “%s”: %s."),
                   path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
migrate (OtStore  *self,
         GError  **error)
{
  guint version = ot_store_get_schema_version (self);
  guint latest = ot_schema_get_n_migrations ();

  if (version > latest)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                   _("The database “%s” was made by a newer version of Overlegtafel (schema %u); this version knows schema %u."),
                   self->path, version, latest);
      return FALSE;
    }
  for (guint v = version + 1; v <= latest; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", v);

      if (!ot_store_begin (self, error))
        return FALSE;
      if (!exec (self, ot_schema_get_migration (v), error) || !exec (self, set_version, error))
        {
          ot_store_rollback (self);
          g_prefix_error (error, _("Upgrading the database to schema %u failed: "), v);
          return FALSE;
        }
      if (!ot_store_commit (self, error))
        return FALSE;
    }
  return TRUE;
}

OtStore *
ot_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(OtStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!prepare_file (path, error))
    return NULL;

  self = g_object_new (OT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK)
    {
      ot_store_fail (self, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 3000);

  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
ot_store_get_path (OtStore *self)
{
  g_return_val_if_fail (OT_IS_STORE (self), NULL);
  return self->path;
}

guint
ot_store_get_schema_version (OtStore *self)
{
  sqlite3_stmt *stmt;
  guint version = 0;

  g_return_val_if_fail (OT_IS_STORE (self), 0);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

gboolean
ot_store_is_empty (OtStore *self)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT NOT EXISTS (SELECT 1 FROM series)", NULL);
  gboolean empty = TRUE;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return empty;
}

gboolean
ot_store_backup (OtStore     *self,
                 const char  *dest_path,
                 GError     **error)
{
  g_autofree char *tmp = g_strconcat (dest_path, ".part", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);

  if (!prepare_file (tmp, error))
    return FALSE;
  if (sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    goto fail;
  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    goto fail;
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto fail;
  sqlite3_close (dest);
  if (g_rename (tmp, dest_path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Cannot write the backup “%s”: %s."),
                   dest_path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;

fail:
  g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Cannot write the backup “%s”: %s."),
               dest_path, dest != NULL ? sqlite3_errmsg (dest) : g_strerror (ENOMEM));
  sqlite3_close (dest);
  g_unlink (tmp);
  return FALSE;
}
