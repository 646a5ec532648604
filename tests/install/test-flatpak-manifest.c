/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-flatpak-manifest.c: the Flatpak manifest keeps its modules, checksums and tight sandbox. */
#define G_LOG_DOMAIN "ot-test-flatpak"
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ot-test-support.h"

/* The exact sandbox: a display, IPC for X11 shared memory, the GPU. Files go through
 * portals and there is no network. */
static const char * const expected_finish_args[] = {
  "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri", NULL
};
/* Bundled libraries first, in build order, the app last. */
static const char * const expected_modules[] = {
  "libxlsxwriter", "libzip", "poppler", "overlegtafel", NULL
};

static JsonObject *
load_manifest (JsonParser *parser)
{
  g_autofree char *path = g_build_filename (ot_test_source_dir (), "flatpak",
                                            APP_ID ".json", NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

static gboolean
is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

static void
test_identity (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  const char *version;
  char *end = NULL;
  guint64 major;

  g_assert_cmpstr (json_object_get_string_member (manifest, "id"), ==, APP_ID);
  g_assert_cmpstr (json_object_get_string_member (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_cmpstr (json_object_get_string_member (manifest, "command"), ==, "overlegtafel");
  /* GNOME 43 is the first runtime with GTK 4.8 and libadwaita 1.2. */
  version = json_object_get_string_member (manifest, "runtime-version");
  g_assert_nonnull (version);
  major = g_ascii_strtoull (version, &end, 10);
  g_assert_true (end != version && *end == '\0');
  g_assert_cmpuint (major, >=, 43);
}

static void
test_finish_args (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *args = json_object_get_array_member (manifest, "finish-args");
  guint n;

  g_assert_nonnull (args);
  n = json_array_get_length (args);
  for (guint i = 0; i < n; i++)
    {
      const char *arg = json_array_get_string_element (args, i);
      g_assert_nonnull (arg);
      g_assert_false (g_str_has_prefix (arg, "--share=network"));
      g_assert_false (g_str_has_prefix (arg, "--filesystem"));
      g_assert_false (g_str_has_prefix (arg, "--talk-name=org.freedesktop.Flatpak"));
      g_assert_false (g_str_has_prefix (arg, "--socket=x11"));
      g_assert_false (g_str_has_prefix (arg, "--device=all"));
      g_assert_true (g_strv_contains (expected_finish_args, arg));
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected_finish_args));
}

static void
check_archive_source (const char *module, JsonObject *source)
{
  const char *url = json_object_get_string_member_with_default (source, "url", NULL);
  const char *sha256 = json_object_get_string_member_with_default (source, "sha256", NULL);

  g_test_message ("%s: %s", module, url);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "archive");
  g_assert_true (g_str_has_prefix (url, "https://"));
  g_assert_true (g_str_has_suffix (url, ".tar.gz") || g_str_has_suffix (url, ".tar.xz"));
  g_assert_true (is_sha256 (sha256));
}

static void
test_modules (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  guint n;

  g_assert_nonnull (modules);
  n = json_array_get_length (modules);
  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected_modules));
  for (guint i = 0; i < n; i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);
      const char *name = json_object_get_string_member (module, "name");
      JsonArray *sources = json_object_get_array_member (module, "sources");

      g_assert_cmpstr (name, ==, expected_modules[i]);
      g_assert_nonnull (sources);
      g_assert_cmpuint (json_array_get_length (sources), ==, 1);
      if (g_str_equal (name, "overlegtafel"))
        {
          JsonObject *source = json_array_get_object_element (sources, 0);
          g_assert_cmpstr (json_object_get_string_member (module, "buildsystem"), ==, "meson");
          g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
          g_assert_cmpstr (json_object_get_string_member (source, "path"), ==, "..");
        }
      else
        check_archive_source (name, json_array_get_object_element (sources, 0));
    }
}

/* libxlsxwriter comes from its own project's release, not from a fork or a mirror. */
static void
test_libxlsxwriter_release (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *module = json_array_get_object_element (modules, 0);
  JsonArray *sources = json_object_get_array_member (module, "sources");
  JsonObject *source = json_array_get_object_element (sources, 0);

  g_assert_cmpstr (json_object_get_string_member (module, "name"), ==, "libxlsxwriter");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (source, "url"),
                                   "https://github.com/jmcnamara/libxlsxwriter/archive/refs/tags/"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flatpak/identity", test_identity);
  g_test_add_func ("/flatpak/finish-args", test_finish_args);
  g_test_add_func ("/flatpak/modules", test_modules);
  g_test_add_func ("/flatpak/libxlsxwriter-release", test_libxlsxwriter_release);

  return g_test_run ();
}
