/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-json-text.c: JSON text with numbers as people wrote them, shared by the analysis and the CLI. */
#define G_LOG_DOMAIN "ot-json"
#include "config.h"

#include <math.h>

#include "ot-json-text.h"

void
ot_json_format_double (double value,
                       char   buffer[G_ASCII_DTOSTR_BUF_SIZE])
{
  if (!isfinite (value))
    {
      g_strlcpy (buffer, "null", G_ASCII_DTOSTR_BUF_SIZE);
      return;
    }
  /* %g drops trailing zeros, so when 15 digits read back exactly no shorter form exists
   * that %.15g would not already print; 17 digits always read back. */
  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return;
    }
}

static void
write_indent (GString *out,
              gboolean pretty,
              guint    depth)
{
  if (!pretty)
    return;
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void write_node (GString *out, JsonNode *node, gboolean pretty, guint depth);

static void
write_object (GString    *out,
              JsonObject *object,
              gboolean    pretty,
              guint       depth)
{
  /* get_members keeps the order the builder used; the iterator would not. */
  g_autoptr(GList) names = json_object_get_members (object);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *member = json_object_get_member (object, name);
      g_autoptr(JsonNode) key = json_node_init_string (json_node_alloc (), name);
      g_autofree char *quoted = json_to_string (key, FALSE);

      g_string_append (out, first ? "" : ",");
      write_indent (out, pretty, depth + 1);
      g_string_append_printf (out, pretty ? "%s: " : "%s:", quoted);
      write_node (out, member, pretty, depth + 1);
      first = FALSE;
    }
  if (!first)
    write_indent (out, pretty, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             gboolean   pretty,
             guint      depth)
{
  guint n = json_array_get_length (array);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, i == 0 ? "" : ",");
      write_indent (out, pretty, depth + 1);
      write_node (out, json_array_get_element (array, i), pretty, depth + 1);
    }
  if (n > 0)
    write_indent (out, pretty, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            gboolean  pretty,
            guint     depth)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), pretty, depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), pretty, depth);
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        {
          ot_json_format_double (json_node_get_double (node), buffer);
          g_string_append (out, buffer);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case JSON_NODE_NULL:
    default:
      {
        g_autofree char *text = json_to_string (node, FALSE);
        g_string_append (out, text);
      }
      break;
    }
}

char *
ot_json_to_text (JsonNode *node,
                 gboolean  pretty)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (node != NULL, NULL);

  write_node (out, node, pretty, 0);
  return g_string_free (out, FALSE);
}
