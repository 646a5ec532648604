/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-mapping.c: a mapping file telling where a known third-party rekentool keeps each field. */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-error.h"
#include "ot-rekentool-fields.h"
#include "ot-rekentool-mapping.h"
#include "ot-xlsx.h"

#define MAX_MAPPING_SIZE (256 * 1024)

typedef struct
{
  char *sheet;
  char *cell;
} Target;

struct _OtRekentoolMapping
{
  gatomicrefcount  ref;
  char            *title;
  GHashTable      *targets;   /* "group\nkey" → Target; group "" provider, "*" any product, or a code */
};

static void
target_free (gpointer data)
{
  Target *t = data;

  g_free (t->sheet);
  g_free (t->cell);
  g_free (t);
}

gboolean
ot_rekentool_split_cell_ref (const char  *text,
                             char       **sheet,
                             char       **cell)
{
  const char *bang;
  g_autofree char *name = NULL;
  guint32 row, col;
  char buf[OT_XLSX_REF_SIZE];

  if (text == NULL || (bang = strrchr (text, '!')) == NULL || bang == text)
    return FALSE;
  if (!ot_xlsx_parse_ref (bang + 1, &row, &col))
    return FALSE;
  name = g_strndup (text, bang - text);
  g_strstrip (name);
  if (name[0] == '\'')
    {
      gsize len = strlen (name);
      g_auto(GStrv) parts = NULL;
      g_autofree char *inner = NULL;

      if (len < 3 || name[len - 1] != '\'')
        return FALSE;
      inner = g_strndup (name + 1, len - 2);
      parts = g_strsplit (inner, "''", -1);
      g_free (name);
      name = g_strjoinv ("'", parts);
    }
  if (*name == '\0')
    return FALSE;
  ot_xlsx_format_ref (row, col, buf);
  *sheet = g_steal_pointer (&name);
  *cell = g_strdup (buf);
  return TRUE;
}

static gboolean
load_group (OtRekentoolMapping  *mapping,
            GKeyFile            *kf,
            const char          *group,
            const char          *path,
            GError             **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (kf, group, NULL, NULL);
  const char *code = NULL;
  gboolean provider = g_str_equal (group, "Aanbieder");

  if (!provider)
    code = g_str_equal (group, "Product") ? "*" : group + strlen ("Product ");
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      const OtRekentoolField *field = ot_rekentool_field_lookup (keys[i]);
      g_autofree char *value = g_key_file_get_string (kf, group, keys[i], NULL);
      Target *t = g_new0 (Target, 1);

      if (field == NULL || field->per_product == provider
          || !ot_rekentool_split_cell_ref (value, &t->sheet, &t->cell))
        {
          target_free (t);
          g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                       _("In the mapping file “%s”, “%s” in [%s] is not a field of that group with a reference such as Blad1!B4."),
                       path, keys[i], group);
          return FALSE;
        }
      g_hash_table_insert (mapping->targets, g_strdup_printf ("%s\n%s", provider ? "" : code, keys[i]), t);
    }
  return TRUE;
}

OtRekentoolMapping *
ot_rekentool_mapping_load (const char  *path,
                           GError     **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(OtRekentoolMapping) mapping = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) groups = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &len, &local))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("The mapping file “%s” cannot be read: %s."), path, local->message);
      return NULL;
    }
  if (len > MAX_MAPPING_SIZE || !g_key_file_load_from_data (kf, contents, len, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE, _("The mapping file “%s” is not a valid mapping file."), path);
      return NULL;
    }
  mapping = g_new0 (OtRekentoolMapping, 1);
  g_atomic_ref_count_init (&mapping->ref);
  mapping->targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, target_free);
  mapping->title = g_key_file_get_string (kf, "Mapping", "Title", NULL);
  groups = g_key_file_get_groups (kf, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (g_str_equal (groups[i], "Mapping"))
        continue;
      if (!g_str_equal (groups[i], "Aanbieder") && !g_str_equal (groups[i], "Product")
          && !g_str_has_prefix (groups[i], "Product "))
        {
          g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                       _("The mapping file “%s” has an unknown group [%s]."), path, groups[i]);
          return NULL;
        }
      if (!load_group (mapping, kf, groups[i], path, error))
        return NULL;
    }
  if (g_hash_table_size (mapping->targets) == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("The mapping file “%s” maps no fields."), path);
      return NULL;
    }
  return g_steal_pointer (&mapping);
}

OtRekentoolMapping *
ot_rekentool_mapping_ref (OtRekentoolMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  g_atomic_ref_count_inc (&mapping->ref);
  return mapping;
}

void
ot_rekentool_mapping_unref (OtRekentoolMapping *mapping)
{
  if (mapping == NULL || !g_atomic_ref_count_dec (&mapping->ref))
    return;
  g_clear_pointer (&mapping->targets, g_hash_table_unref);
  g_free (mapping->title);
  g_free (mapping);
}

const char *
ot_rekentool_mapping_get_title (OtRekentoolMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  return mapping->title;
}

gboolean
ot_rekentool_mapping_lookup (OtRekentoolMapping  *mapping,
                             const char          *product_code,
                             const char          *key,
                             const char         **sheet,
                             const char         **cell)
{
  g_autofree char *k = NULL;
  Target *t;

  g_return_val_if_fail (mapping != NULL && key != NULL, FALSE);

  k = g_strdup_printf ("%s\n%s", product_code != NULL ? product_code : "", key);
  t = g_hash_table_lookup (mapping->targets, k);
  if (t == NULL && product_code != NULL)
    {
      g_free (k);
      k = g_strdup_printf ("*\n%s", key);
      t = g_hash_table_lookup (mapping->targets, k);
    }
  if (t == NULL)
    return FALSE;
  *sheet = t->sheet;
  *cell = t->cell;
  return TRUE;
}
