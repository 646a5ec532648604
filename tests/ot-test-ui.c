/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-test-ui.c: helpers shared by the UI suites under Xvfb: the main loop, previews and pictures. */
#include "config.h"

#include "ot-test-support.h"
#include "ot-test-ui.h"

void
ot_test_flush (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
preview_timeout_cb (gpointer user_data)
{
  g_error ("the preview did not render in time");
  return G_SOURCE_REMOVE;
}

void
ot_test_wait_for_export_pages (OtExportDialog *dialog)
{
  guint timeout = g_timeout_add_seconds (30, preview_timeout_cb, NULL);

  while (ot_export_dialog_get_n_pages (dialog) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

void
ot_test_save_screenshot (GtkWidget  *widget,
                         const char *subdir,
                         const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (ot_test_build_dir (), "tests", subdir, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  /* Let transitions and expander animations finish first. */
  for (gint64 until = g_get_monotonic_time () + 600 * 1000; g_get_monotonic_time () < until;)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  /* A snapshot before the first frame is empty. */
  for (int i = 0; i < 100 && node == NULL; i++)
    {
      g_autoptr(GtkSnapshot) attempt = gtk_snapshot_new ();

      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (attempt), gtk_widget_get_width (widget),
                              gtk_widget_get_height (widget));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&attempt));
    }
  if (node == NULL)
    {
      g_test_message ("no frame drawn: no picture of %s", name);
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("picture written to %s", path);
}
