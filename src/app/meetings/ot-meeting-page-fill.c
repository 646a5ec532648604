/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-fill.c: shows a long list a chunk at a time, starting after a frame is painted, so a big meeting appears at once. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include "ot-meeting-page-private.h"

/* Enough for the first screen; the rest follows in idle time, after painting. */
#define FIRST_CHUNK 2
#define NEXT_CHUNK 8

struct _OtFill
{
  GtkWidget     *widget;       /* borrowed: the page owns the fill */
  GListStore    *shown;
  GListModel    *source;
  GdkFrameClock *clock;
  gulong         paint_handler;
  guint          idle_id;
};

static void
append_up_to (OtFill *fill,
              guint   n)
{
  guint from = g_list_model_get_n_items (G_LIST_MODEL (fill->shown));
  guint to = MIN (n, g_list_model_get_n_items (fill->source));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = from; i < to; i++)
    g_ptr_array_add (items, g_list_model_get_item (fill->source, i));
  if (items->len > 0)
    g_list_store_splice (fill->shown, from, 0, items->pdata, items->len);
}

static gboolean
is_complete (OtFill *fill)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fill->shown)) >= g_list_model_get_n_items (fill->source);
}

static void after_paint_cb (GdkFrameClock *clock,
                            OtFill        *fill);

static void
stop (OtFill *fill)
{
  g_clear_handle_id (&fill->idle_id, g_source_remove);
  /* The clock may have dropped its handlers already, when the window went away. */
  if (fill->clock != NULL)
    g_signal_handlers_disconnect_by_func (fill->clock, after_paint_cb, fill);
  fill->paint_handler = 0;
  g_clear_object (&fill->clock);
}

static gboolean
fill_more (gpointer data)
{
  OtFill *fill = data;

  append_up_to (fill, g_list_model_get_n_items (G_LIST_MODEL (fill->shown)) + NEXT_CHUNK);
  if (!is_complete (fill))
    return G_SOURCE_CONTINUE;
  fill->idle_id = 0;
  return G_SOURCE_REMOVE;
}

/* Idle callbacks run while the window waits for the X server to map it, so the rest
 * waits for a painted frame instead. */
static void
after_paint_cb (GdkFrameClock *clock,
                OtFill        *fill)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, fill);
  fill->paint_handler = 0;
  g_clear_object (&fill->clock);
  fill->idle_id = g_idle_add (fill_more, fill);
}

OtFill *
ot_fill_new (GtkWidget  *widget,
             GListStore *shown)
{
  OtFill *fill = g_new0 (OtFill, 1);

  fill->widget = widget;
  fill->shown = g_object_ref (shown);
  return fill;
}

void
ot_fill_start (OtFill     *fill,
               GListModel *source)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (fill->widget);

  stop (fill);
  g_set_object (&fill->source, source);
  g_list_store_remove_all (fill->shown);
  append_up_to (fill, FIRST_CHUNK);
  if (is_complete (fill))
    return;
  if (clock != NULL && gtk_widget_get_mapped (fill->widget))
    {
      fill->clock = g_object_ref (clock);
      fill->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), fill);
      gtk_widget_queue_draw (fill->widget);
    }
  else
    fill->idle_id = g_idle_add (fill_more, fill);
}

void
ot_fill_finish (OtFill *fill)
{
  if (fill == NULL || fill->source == NULL)
    return;
  stop (fill);
  append_up_to (fill, G_MAXUINT);
}

void
ot_fill_free (OtFill *fill)
{
  if (fill == NULL)
    return;
  stop (fill);
  g_clear_object (&fill->source);
  g_clear_object (&fill->shown);
  g_free (fill);
}
