/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-test-support.c: helpers shared by the test suites. */
#include "config.h"

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "ot-test-support.h"

char *
ot_test_mkdtemp (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ot-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFileInfo *info;
      while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
        {
          g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));
          remove_tree (child);
          g_object_unref (info);
        }
    }
  g_file_delete (file, NULL, NULL);
}

void
ot_test_rmdir (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  remove_tree (file);
}

static const char *
env_dir (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL)
    g_error ("%s is not set: run the tests through meson test", name);
  return value;
}

const char *
ot_test_source_dir (void)
{
  return env_dir ("OT_SOURCE_DIR");
}

const char *
ot_test_shared_dir (void)
{
  return env_dir ("OT_SHARED_DIR");
}

const char *
ot_test_build_dir (void)
{
  return env_dir ("OT_BUILD_DIR");
}
