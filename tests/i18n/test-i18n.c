/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-i18n.c: the translations are complete and POTFILES.in lists every file with strings. */
#define G_LOG_DOMAIN "ot-test-i18n"
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "ot-test-support.h"

/* The keywords and format flags of meson's 'glib' gettext preset, so this test sees
 * exactly the strings the overlegtafel-pot target extracts. */
static const char * const xgettext_args[] = {
  "--from-code=UTF-8", "--add-comments",
  "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
  "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
  "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
  "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
  "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
  "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
  "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
  "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
  "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
  "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format",
  NULL
};

static char *
source_path (const char *relative)
{
  return g_build_filename (ot_test_source_dir (), relative, NULL);
}

/* Runs argv in the source tree; returns its exit status and hands back stdout and stderr. */
static int
run (const char * const *argv, char **out, char **err)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int status = -1;

  /* The statistics are parsed, so the tools must speak English. */
  env = g_environ_setenv (env, "LC_ALL", "C", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");
  if (!g_spawn_sync (ot_test_source_dir (), (char **) argv, env, G_SPAWN_SEARCH_PATH,
                     NULL, NULL, out, err, &status, &error))
    g_error ("Cannot run %s: %s", argv[0], error->message);
  return g_spawn_check_wait_status (status, NULL) ? 0 : (status ? status : -1);
}

/* The non-empty, non-comment lines of a file below the source root. */
static GPtrArray *
read_list (const char *relative)
{
  g_autofree char *path = source_path (relative);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (*line != '\0' && *line != '#')
        g_ptr_array_add (list, g_strdup (line));
    }
  return list;
}

static gboolean
list_contains (GPtrArray *list, const char *item)
{
  return g_ptr_array_find_with_equal_func (list, item, g_str_equal, NULL);
}

static void
test_linguas (void)
{
  g_autoptr(GPtrArray) linguas = read_list ("po/LINGUAS");
  g_autofree char *podir = source_path ("po");
  g_autoptr(GDir) dir = g_dir_open (podir, 0, NULL);
  const char *name;

  g_assert_true (list_contains (linguas, "nl"));
  for (guint i = 0; i < linguas->len; i++)
    {
      g_autofree char *po = g_strdup_printf ("po/%s.po", (char *) linguas->pdata[i]);
      g_autofree char *path = source_path (po);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  /* A .po file outside LINGUAS would never be built or installed. */
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".po"))
      {
        g_autofree char *lang = g_strndup (name, strlen (name) - 3);
        g_assert_true (list_contains (linguas, lang));
      }
}

/* Does this source text hold a translatable string? */
static gboolean
has_strings (const char *text)
{
  static GRegex *regex;

  if (regex == NULL)
    regex = g_regex_new ("(?<![A-Za-z0-9_])(N|C|NC)?_\\s*\\("
                         "|(?<![A-Za-z0-9_])(g_d?n?gettext|g_dcgettext|g_dpgettext2|ngettext)\\s*\\("
                         "|translatable\\s*=\\s*[\"'](yes|true|1)[\"']",
                         G_REGEX_OPTIMIZE, 0, NULL);
  return g_regex_match (regex, text, 0, NULL);
}

static void
collect_sources (const char *relative, GPtrArray *found)
{
  g_autofree char *path = source_path (relative);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = source_path (child);
      g_autofree char *contents = NULL;

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        collect_sources (child, found);
      else if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".h")
                || g_str_has_suffix (name, ".ui"))
               && g_file_get_contents (child_path, &contents, NULL, NULL)
               && has_strings (contents))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

/* The desktop file, the metainfo and the schema carry texts too. */
static void
collect_data_files (GPtrArray *found)
{
  g_autofree char *path = source_path ("data");
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".desktop.in") || g_str_has_suffix (name, ".metainfo.xml.in")
        || g_str_has_suffix (name, ".gschema.xml"))
      g_ptr_array_add (found, g_build_filename ("data", name, NULL));
}

static void
test_has_strings (void)
{
  g_assert_true (has_strings ("msg = _(\"Save\");"));
  g_assert_true (has_strings ("N_ (\"Open\")"));
  g_assert_true (has_strings ("C_(\"verb\", \"Open\")"));
  g_assert_true (has_strings ("g_dngettext (NULL, \"a\", \"b\", n)"));
  g_assert_true (has_strings ("<property name=\"title\" translatable=\"yes\">Hi</property>"));
  g_assert_false (has_strings ("G_DEFINE_FINAL_TYPE (OtX, ot_x, G_TYPE_OBJECT)"));
  g_assert_false (has_strings ("OT_ERROR_FAILED (x); foo_bar_(1)"));
  g_assert_false (has_strings ("<property name=\"label\">Hi</property>"));
}

static void
test_potfiles_complete (void)
{
  g_autoptr(GPtrArray) potfiles = read_list ("po/POTFILES.in");
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) stale = g_string_new (NULL);

  collect_sources ("src", found);
  collect_sources ("ui", found);
  collect_data_files (found);
  for (guint i = 0; i < found->len; i++)
    if (!list_contains (potfiles, found->pdata[i]))
      g_string_append_printf (missing, " %s", (char *) found->pdata[i]);
  for (guint i = 0; i < potfiles->len; i++)
    {
      g_autofree char *path = source_path (potfiles->pdata[i]);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_string_append_printf (stale, " %s", (char *) potfiles->pdata[i]);
    }
  if (missing->len > 0)
    g_test_message ("Files with translatable strings missing from po/POTFILES.in:%s", missing->str);
  if (stale->len > 0)
    g_test_message ("Files in po/POTFILES.in that do not exist:%s", stale->str);
  g_assert_cmpstr (missing->str, ==, "");
  g_assert_cmpstr (stale->str, ==, "");
}

static void
test_translations_complete (void)
{
  g_autofree char *tmp = ot_test_mkdtemp ();
  g_autofree char *pot = g_build_filename (tmp, "overlegtafel.pot", NULL);
  g_autofree char *merged = g_build_filename (tmp, "nl.po", NULL);
  g_autoptr(GStrvBuilder) xgettext = g_strv_builder_new ();
  g_auto(GStrv) xgettext_argv = NULL;
  g_autofree char *out = NULL, *err = NULL, *stats = NULL, *todo = NULL, *fuzzy = NULL;

  g_strv_builder_add_many (xgettext, "xgettext", "--package-name=" GETTEXT_PACKAGE,
                           "-f", "po/POTFILES.in", "-o", pot, NULL);
  g_strv_builder_addv (xgettext, (const char **) xgettext_args);
  xgettext_argv = g_strv_builder_end (xgettext);
  g_assert_cmpint (run ((const char * const *) xgettext_argv, &out, &err), ==, 0);
  g_clear_pointer (&err, g_free);

  /* nl.po must itself be valid, format strings included. */
  {
    const char *argv[] = { "msgfmt", "--check", "-o", "/dev/null", "po/nl.po", NULL };
    g_autofree char *check_err = NULL;
    int status = run (argv, NULL, &check_err);
    if (status != 0)
      g_test_message ("msgfmt --check po/nl.po: %s", check_err);
    g_assert_cmpint (status, ==, 0);
  }

  /* Merging against the strings in the sources now shows what nl.po lacks: new strings
   * come out untranslated, changed ones fuzzy. */
  {
    const char *argv[] = { "msgmerge", "--quiet", "-o", merged, "po/nl.po", pot, NULL };
    g_assert_cmpint (run (argv, NULL, NULL), ==, 0);
  }
  {
    const char *argv[] = { "msgfmt", "--statistics", "-o", "/dev/null", merged, NULL };
    g_assert_cmpint (run (argv, NULL, &stats), ==, 0);
  }
  {
    const char *argv[] = { "msgattrib", "--no-obsolete", "--untranslated", merged, NULL };
    g_assert_cmpint (run (argv, &todo, NULL), ==, 0);
  }
  {
    const char *argv[] = { "msgattrib", "--no-obsolete", "--only-fuzzy", merged, NULL };
    g_assert_cmpint (run (argv, &fuzzy, NULL), ==, 0);
  }
  g_test_message ("nl.po against the sources: %s", stats);
  if (strstr (stats, "untranslated") != NULL)
    g_test_message ("Untranslated:\n%s", todo);
  if (strstr (stats, "fuzzy") != NULL)
    g_test_message ("Fuzzy:\n%s", fuzzy);
  g_assert_true (strstr (stats, "translated message") != NULL);
  g_assert_null (strstr (stats, "untranslated"));
  g_assert_null (strstr (stats, "fuzzy"));

  ot_test_rmdir (tmp);
}

/* The built catalogue is the one a run from the build tree uses. */
static void
test_built_catalogue (void)
{
  g_autofree char *localedir = g_build_filename (ot_test_build_dir (), "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, "nl", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (setlocale (LC_ALL, ""));
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Window width"), ==, "Vensterbreedte");

  g_setenv ("LANGUAGE", "en", TRUE);
  /* glibc caches translations; setting the text domain again flushes that cache. */
  textdomain (textdomain (NULL));
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, "Window width"), ==, "Window width");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/linguas", test_linguas);
  g_test_add_func ("/i18n/has-strings", test_has_strings);
  g_test_add_func ("/i18n/potfiles-complete", test_potfiles_complete);
  g_test_add_func ("/i18n/translations-complete", test_translations_complete);
  g_test_add_func ("/i18n/built-catalogue", test_built_catalogue);

  return g_test_run ();
}
