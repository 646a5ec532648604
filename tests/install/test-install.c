/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-install.c: meson install into a DESTDIR puts every file in place, valid, and the app runs. */
#define G_LOG_DOMAIN "ot-test-install"
#include "config.h"

#include <gio/gio.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "ot-test-support.h"

/* Filled once by main(): the temporary folder, the DESTDIR inside it, and whether the
 * installed prefix can be mounted at its real path (see run_installed()). */
static char *tmp_root;
static char *destdir;
static gboolean can_mount_prefix;

static char *
installed_path (const char *absolute)
{
  return g_build_filename (destdir, absolute, NULL);
}

static char *
installed_data (const char *relative)
{
  g_autofree char *absolute = g_build_filename (OT_TEST_DATADIR, relative, NULL);
  return installed_path (absolute);
}

/* A clean environment for a program under test: its own home, settings in memory, tools
 * speaking English unless lang says otherwise. */
static GStrv
test_environ (const char *lang)
{
  GStrv env = g_get_environ ();
  g_autofree char *home = g_build_filename (tmp_root, "home", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);

  g_mkdir_with_parents (home, 0700);
  env = g_environ_setenv (env, "HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_unsetenv (env, "GSETTINGS_SCHEMA_DIR");
  env = g_environ_unsetenv (env, "OVERLEGTAFEL_DB");
  env = g_environ_setenv (env, "LC_ALL", lang != NULL ? "C.UTF-8" : "C", TRUE);
  if (lang != NULL)
    env = g_environ_setenv (env, "LANGUAGE", lang, TRUE);
  else
    env = g_environ_unsetenv (env, "LANGUAGE");
  return env;
}

static int
spawn (const char * const *argv, GStrv env, char **out, char **err)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (!g_spawn_sync (tmp_root, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     out, err, &status, &error))
    g_error ("Cannot run %s: %s", argv[0], error->message);
  if (WIFEXITED (status))
    return WEXITSTATUS (status);
  return 128 + (WIFSIGNALED (status) ? WTERMSIG (status) : 0);
}

static int
run_tool (const char * const *argv, char **out, char **err)
{
  g_auto(GStrv) env = test_environ (NULL);
  return spawn (argv, env, out, err);
}

/* Runs an installed program the way it runs after a real install: the DESTDIR copy of the
 * prefix is mounted over the prefix in a private mount namespace, so the program finds its
 * translations, schema and icons where it was built to look. Without that possibility the
 * program runs from the DESTDIR with the schema pointed to by the environment. */
static int
run_installed (const char * const *argv, const char *lang, char **out, char **err)
{
  g_auto(GStrv) env = test_environ (lang);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) full = NULL;
  g_autofree char *prefix_copy = installed_path (OT_TEST_PREFIX);

  if (can_mount_prefix)
    {
      g_autofree char *dirs = g_strconcat (OT_TEST_DATADIR, ":/usr/share", NULL);
      env = g_environ_setenv (env, "XDG_DATA_DIRS", dirs, TRUE);
      g_strv_builder_add_many (builder, "unshare", "-rm", "sh", "-c",
                               "mount --bind \"$1\" \"$2\" || exit 99; shift 2; exec \"$@\"",
                               "ot-mount", prefix_copy, OT_TEST_PREFIX, NULL);
      g_strv_builder_addv (builder, (const char **) argv);
    }
  else
    {
      g_autofree char *schemas = installed_data ("glib-2.0/schemas");
      g_autofree char *share = installed_data ("");
      g_autofree char *dirs = g_strconcat (share, ":/usr/share", NULL);
      env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
      env = g_environ_setenv (env, "XDG_DATA_DIRS", dirs, TRUE);
      /* Wrappers such as xvfb-run come first; the installed program is the one under the prefix. */
      for (guint i = 0; argv[i] != NULL; i++)
        {
          g_autofree char *moved = installed_path (argv[i]);
          g_strv_builder_add (builder, g_str_has_prefix (argv[i], OT_TEST_PREFIX "/") ? moved : argv[i]);
        }
    }
  full = g_strv_builder_end (builder);
  return spawn ((const char * const *) full, env, out, err);
}

static void
test_files_in_place (void)
{
  const char *data_files[] = {
    "applications/" APP_ID ".desktop",
    "metainfo/" APP_ID ".metainfo.xml",
    "glib-2.0/schemas/" APP_ID ".gschema.xml",
    "icons/hicolor/scalable/apps/" APP_ID ".svg",
    "icons/hicolor/symbolic/apps/" APP_ID "-symbolic.svg",
    NULL
  };
  g_autofree char *mo = g_build_filename (LOCALEDIR, "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *mo_path = installed_path (mo);
  g_autofree char *cli = installed_path (OT_TEST_BINDIR "/overlegtafel-cli");

  for (guint i = 0; data_files[i] != NULL; i++)
    {
      g_autofree char *path = installed_data (data_files[i]);
      g_test_message ("expecting %s", path);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  g_assert_true (g_file_test (mo_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE));
#if OT_TEST_BUILD_APP
  {
    g_autofree char *app = installed_path (OT_TEST_BINDIR "/overlegtafel");
    g_assert_true (g_file_test (app, G_FILE_TEST_IS_EXECUTABLE));
  }
#endif
}

static void
test_desktop_file_valid (void)
{
  g_autofree char *path = installed_data ("applications/" APP_ID ".desktop");
  const char *argv[] = { "desktop-file-validate", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name_nl = NULL, *icon = NULL, *exec = NULL;

  g_assert_cmpint (run_tool (argv, &out, &err), ==, 0);
  /* desktop-file-validate exits 0 on warnings; they must not be there either. */
  g_assert_cmpstr (out, ==, "");

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (keyfile, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (exec, "overlegtafel"));
  icon = g_key_file_get_string (keyfile, "Desktop Entry", "Icon", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, APP_ID);
  /* The merge step put the Dutch texts in. */
  name_nl = g_key_file_get_locale_string (keyfile, "Desktop Entry", "Comment", "nl", &error);
  g_assert_no_error (error);
  g_assert_true (strstr (name_nl, "notuleren") != NULL);
}

static void
test_metainfo_valid (void)
{
  g_autofree char *path = installed_data ("metainfo/" APP_ID ".metainfo.xml");
  const char *argv[] = { "appstreamcli", "validate", "--no-net", "--explain", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *contents = NULL;
  int status = run_tool (argv, &out, &err);

  if (status != 0)
    g_test_message ("appstreamcli: %s%s", out, err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (strstr (contents, "<summary xml:lang=\"nl\">") != NULL);
  g_assert_true (strstr (contents, "<launchable type=\"desktop-id\">" APP_ID ".desktop</launchable>") != NULL);
}

static void
test_schema_compiles (void)
{
  g_autofree char *schemas = installed_data ("glib-2.0/schemas");
  g_autofree char *target = g_build_filename (tmp_root, "schemas", NULL);
  const char *argv[] = { "glib-compile-schemas", "--strict", "--targetdir", target, schemas, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (target, 0700);
  g_assert_cmpint (run_tool (argv, &out, &err), ==, 0);
  source = g_settings_schema_source_new_from_directory (target, NULL, TRUE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, APP_ID, FALSE);
  g_assert_nonnull (schema);
  /* The disclosure floor of DESIGN.md: minimum n defaults to 5 and never goes below 3. */
  key = g_settings_schema_get_key (schema, "anonymisation-min-n");
  value = g_settings_schema_key_get_default_value (key);
  g_assert_cmpint (g_variant_get_int32 (value), ==, 5);
  {
    g_autoptr(GVariant) two = g_variant_ref_sink (g_variant_new_int32 (2));
    g_autoptr(GVariant) three = g_variant_ref_sink (g_variant_new_int32 (3));
    g_assert_false (g_settings_schema_key_range_check (key, two));
    g_assert_true (g_settings_schema_key_range_check (key, three));
  }
}

static void
test_catalogue_translates (void)
{
  g_autofree char *localedir = installed_path (LOCALEDIR);

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Minimum number of submissions"), ==,
                   "Minimumaantal inzendingen");
}

static void
test_cli_version (void)
{
  const char *argv[] = { OT_TEST_BINDIR "/overlegtafel-cli", "--version", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_installed (argv, NULL, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "overlegtafel-cli " PACKAGE_VERSION "\n");
}

/* The installed CLI speaks Dutch with LANGUAGE=nl and English with LANGUAGE=en, which only
 * works when its catalogue sits where it looks for it. */
static void
test_cli_languages (void)
{
  const char *argv[] = { OT_TEST_BINDIR "/overlegtafel-cli", "--help", NULL };
  g_autofree char *out_en = NULL, *out_nl = NULL, *err = NULL;

  if (!can_mount_prefix)
    {
      g_test_skip ("Cannot mount the installed prefix in a private namespace here.");
      return;
    }
  g_assert_cmpint (run_installed (argv, "en", &out_en, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_installed (argv, "nl", &out_nl, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out_en, "Usage: overlegtafel-cli"));
  g_assert_false (g_str_has_prefix (out_nl, "Usage:"));
  g_assert_cmpstr (out_nl, !=, out_en);
}

#if OT_TEST_BUILD_APP
static void
test_app_version (void)
{
  const char *argv[] = { OT_TEST_BINDIR "/overlegtafel", "--version", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_installed (argv, NULL, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "overlegtafel " PACKAGE_VERSION "\n");
}

/* The translation of @msgid in the installed catalogue. */
static char *
installed_translation (const char *msgid,
                       const char *lang)
{
  g_autofree char *localedir = installed_path (LOCALEDIR);

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_setenv ("LANGUAGE", lang, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (textdomain (NULL));
  return g_strdup (dgettext (GETTEXT_PACKAGE, msgid));
}

/* The installed app describes its options in the user's language. */
static void
test_app_languages (void)
{
  const char *argv[] = { OT_TEST_BINDIR "/overlegtafel", "--help", NULL };
  const char *msgid = "Use the database at PATH";
  g_autofree char *dutch = installed_translation (msgid, "nl");
  g_autofree char *out_en = NULL, *out_nl = NULL, *err = NULL;

  if (!can_mount_prefix)
    {
      g_test_skip ("Cannot mount the installed prefix in a private namespace here.");
      return;
    }
  g_assert_cmpstr (dutch, !=, msgid);
  g_assert_cmpint (run_installed (argv, "en", &out_en, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_installed (argv, "nl", &out_nl, &err), ==, 0);
  g_assert_nonnull (strstr (out_en, msgid));
  g_assert_nonnull (strstr (out_nl, dutch));
}

/* Lines of the app's stderr that tell of a problem. */
static char *
problems_in (const char *err)
{
  g_auto(GStrv) lines = g_strsplit (err != NULL ? err : "", "\n", -1);
  GString *problems = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "CRITICAL") != NULL || strstr (lines[i], "WARNING") != NULL
        || strstr (lines[i], "ERROR") != NULL || strstr (lines[i], "runtime error") != NULL
        || strstr (lines[i], "Sanitizer") != NULL)
      g_string_append_printf (problems, "%s\n", lines[i]);
  return g_string_free (problems, FALSE);
}

/* Starts the installed app under its own Xvfb and session bus, lets it run for a few
 * seconds on a fresh database (which gets the demo meetings) and stops it. */
static void
test_app_starts (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *db = g_strdup_printf ("%s/start-%s.db", tmp_root, lang);
  /* An auth file of our own: xvfb-run's temporary folder for it fails to clean up now and
   * then when several servers start at once. */
  g_autofree char *auth = g_strdup_printf ("%s/xauth-%s", tmp_root, lang);
  const char *argv[] = { "xvfb-run", "-a", "-f", auth, "-s", "-screen 0 1280x800x24",
                         "dbus-run-session", "--",
                         "env", "-u", "GDK_DEBUG", "G_DEBUG=fatal-criticals",
                         "GSK_RENDERER=cairo", "GTK_A11Y=none",
                         "timeout", "-s", "TERM", "6",
                         OT_TEST_BINDIR "/overlegtafel", "--db", db, NULL };
  g_autofree char *out = NULL, *err = NULL, *problems = NULL;
  g_autofree char *xvfb = g_find_program_in_path ("xvfb-run");
  int status;

  if (xvfb == NULL)
    {
      g_test_skip ("xvfb-run is not installed.");
      return;
    }
  status = run_installed (argv, lang, &out, &err);
  problems = problems_in (err);
  g_test_message ("exit status %d; stderr:\n%s", status, err);
  /* 124: still running when timeout stopped it, so it started and kept running. */
  g_assert_cmpint (status, ==, 124);
  g_assert_cmpstr (problems, ==, "");
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
}
#endif

static gboolean
probe_mount_namespace (void)
{
  g_autofree char *prefix_copy = installed_path (OT_TEST_PREFIX);
  const char *argv[] = { "unshare", "-rm", "sh", "-c", "mount --bind \"$1\" \"$2\"",
                         "ot-mount", prefix_copy, OT_TEST_PREFIX, NULL };
  g_autofree char *path = g_find_program_in_path ("unshare");

  /* Mounting over /usr would hide the system itself. */
  if (path == NULL || g_str_equal (OT_TEST_PREFIX, "/usr") || g_str_equal (OT_TEST_PREFIX, "/")
      || !g_file_test (OT_TEST_PREFIX, G_FILE_TEST_IS_DIR))
    return FALSE;
  return run_tool (argv, NULL, NULL) == 0;
}

/* meson skips its post-install steps under DESTDIR; a package's trigger would compile the
 * schemas on the target system, so the test does it too. */
static void
compile_installed_schemas (void)
{
  g_autofree char *schemas = installed_data ("glib-2.0/schemas");
  const char *argv[] = { "glib-compile-schemas", schemas, NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (run_tool (argv, &out, &err) != 0)
    g_error ("glib-compile-schemas %s failed: %s", schemas, err);
}

static void
install_once (void)
{
  const char *argv[] = { "meson", "install", "-C", ot_test_build_dir (), "--no-rebuild",
                         "--quiet", "--destdir", NULL, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  tmp_root = ot_test_mkdtemp ();
  destdir = g_build_filename (tmp_root, "destdir", NULL);
  argv[7] = destdir;
  status = run_tool (argv, &out, &err);
  if (status != 0)
    g_error ("meson install failed (%d):\n%s\n%s", status, out, err);
  compile_installed_schemas ();
  can_mount_prefix = probe_mount_namespace ();
  g_test_message ("installed into %s; prefix mountable: %s", destdir,
                  can_mount_prefix ? "yes" : "no");
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  install_once ();

  g_test_add_func ("/install/files-in-place", test_files_in_place);
  g_test_add_func ("/install/desktop-file-valid", test_desktop_file_valid);
  g_test_add_func ("/install/metainfo-valid", test_metainfo_valid);
  g_test_add_func ("/install/schema-compiles", test_schema_compiles);
  g_test_add_func ("/install/catalogue-translates", test_catalogue_translates);
  g_test_add_func ("/install/cli-version", test_cli_version);
  g_test_add_func ("/install/cli-languages", test_cli_languages);
#if OT_TEST_BUILD_APP
  g_test_add_func ("/install/app-version", test_app_version);
  g_test_add_func ("/install/app-languages", test_app_languages);
  g_test_add_data_func ("/install/app-starts/nl", "nl", test_app_starts);
  g_test_add_data_func ("/install/app-starts/en", "en", test_app_starts);
#endif

  status = g_test_run ();
  ot_test_rmdir (tmp_root);
  g_free (destdir);
  g_free (tmp_root);
  return status;
}
