/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-pdf-page.c: one PDF page drawn with poppler at a zoom factor; reusable by any preview. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <math.h>

#include "ot-pdf-page.h"

/* A hostile page size (PDF allows 14,400 pt) must not ask for a gigantic surface. */
#define MAX_PIXELS 6000.0

struct _OtPdfPage
{
  GtkWidget        parent_instance;

  PopplerDocument *document;
  PopplerPage     *page;      /* the current page of @document, or NULL */
  guint            page_nr;
  double           zoom;
};

enum { PROP_0, PROP_DOCUMENT, PROP_PAGE, PROP_ZOOM, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OtPdfPage, ot_pdf_page, GTK_TYPE_WIDGET)

static void
page_size (OtPdfPage *self,
           double    *width,
           double    *height)
{
  *width = *height = 0;
  if (self->page != NULL)
    poppler_page_get_size (self->page, width, height);
  if (!(*width > 0) || !(*height > 0))
    *width = *height = 0;
}

/* The scale actually drawn: the zoom, unless the page would then exceed MAX_PIXELS. */
static double
effective_scale (OtPdfPage *self)
{
  double width, height;

  page_size (self, &width, &height);
  if (width == 0)
    return self->zoom;
  return MIN (self->zoom, MAX_PIXELS / MAX (width, height));
}

static void
ot_pdf_page_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  OtPdfPage *self = OT_PDF_PAGE (widget);
  double width, height;

  page_size (self, &width, &height);
  *minimum = *natural = (int) ceil ((orientation == GTK_ORIENTATION_HORIZONTAL ? width : height)
                                    * effective_scale (self));
}

static void
ot_pdf_page_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  OtPdfPage *self = OT_PDF_PAGE (widget);
  double width, height, scale = effective_scale (self);
  cairo_t *cr;

  page_size (self, &width, &height);
  if (width == 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, ceil (width * scale),
                                                                 ceil (height * scale)));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (self->page, cr);
  cairo_destroy (cr);
}

static void
load_page (OtPdfPage *self)
{
  g_clear_object (&self->page);
  if (self->document != NULL)
    self->page = poppler_document_get_page (self->document, (int) self->page_nr);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ot_pdf_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OtPdfPage *self = OT_PDF_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_PAGE: g_value_set_uint (value, self->page_nr); break;
    case PROP_ZOOM: g_value_set_double (value, self->zoom); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_pdf_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OtPdfPage *self = OT_PDF_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: ot_pdf_page_set_document (self, g_value_get_object (value)); break;
    case PROP_PAGE: ot_pdf_page_set_page (self, g_value_get_uint (value)); break;
    case PROP_ZOOM: ot_pdf_page_set_zoom (self, g_value_get_double (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_pdf_page_dispose (GObject *object)
{
  OtPdfPage *self = OT_PDF_PAGE (object);

  g_clear_object (&self->page);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (ot_pdf_page_parent_class)->dispose (object);
}

static void
ot_pdf_page_class_init (OtPdfPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_pdf_page_dispose;
  object_class->get_property = ot_pdf_page_get_property;
  object_class->set_property = ot_pdf_page_set_property;
  widget_class->measure = ot_pdf_page_measure;
  widget_class->snapshot = ot_pdf_page_snapshot;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, POPPLER_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, OT_PDF_PAGE_ZOOM_MIN, OT_PDF_PAGE_ZOOM_MAX, 1.0,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "ot-pdf-page");
}

static void
ot_pdf_page_init (OtPdfPage *self)
{
  self->zoom = 1.0;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
ot_pdf_page_new (void)
{
  return g_object_new (OT_TYPE_PDF_PAGE, NULL);
}

void
ot_pdf_page_set_document (OtPdfPage       *self,
                          PopplerDocument *document)
{
  g_return_if_fail (OT_IS_PDF_PAGE (self));

  if (!g_set_object (&self->document, document))
    return;
  self->page_nr = 0;
  load_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

PopplerDocument *
ot_pdf_page_get_document (OtPdfPage *self)
{
  g_return_val_if_fail (OT_IS_PDF_PAGE (self), NULL);
  return self->document;
}

guint
ot_pdf_page_get_n_pages (OtPdfPage *self)
{
  g_return_val_if_fail (OT_IS_PDF_PAGE (self), 0);
  return self->document != NULL ? (guint) MAX (poppler_document_get_n_pages (self->document), 0) : 0;
}

void
ot_pdf_page_set_page (OtPdfPage *self,
                      guint      page)
{
  guint n;

  g_return_if_fail (OT_IS_PDF_PAGE (self));

  n = ot_pdf_page_get_n_pages (self);
  page = n > 0 ? MIN (page, n - 1) : 0;
  if (page == self->page_nr)
    return;
  self->page_nr = page;
  load_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

guint
ot_pdf_page_get_page (OtPdfPage *self)
{
  g_return_val_if_fail (OT_IS_PDF_PAGE (self), 0);
  return self->page_nr;
}

void
ot_pdf_page_set_zoom (OtPdfPage *self,
                      double     zoom)
{
  g_return_if_fail (OT_IS_PDF_PAGE (self));

  zoom = isnan (zoom) ? 1.0 : CLAMP (zoom, OT_PDF_PAGE_ZOOM_MIN, OT_PDF_PAGE_ZOOM_MAX);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
ot_pdf_page_get_zoom (OtPdfPage *self)
{
  g_return_val_if_fail (OT_IS_PDF_PAGE (self), 1.0);
  return self->zoom;
}

double
ot_pdf_page_get_fit_zoom (OtPdfPage *self,
                          int        width)
{
  double page_width, page_height;

  g_return_val_if_fail (OT_IS_PDF_PAGE (self), 1.0);

  page_size (self, &page_width, &page_height);
  if (page_width == 0 || width <= 0)
    return 1.0;
  return CLAMP (width / page_width, OT_PDF_PAGE_ZOOM_MIN, OT_PDF_PAGE_ZOOM_MAX);
}
