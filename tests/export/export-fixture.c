/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-fixture.c: meetings with known content for the export tests, and helpers to read exports back. */
#include "config.h"

#include <poppler.h>
#include <string.h>
#include <zip.h>

#include "export-fixture.h"
#include "ot-test-support.h"

static gint64
org (OtStore *store, const char *name, const char *short_name, OtOrganisationKind kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ot_store_add_organisation (store, name, short_name, kind, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
person (OtStore *store, const char *name, gint64 org_id, const char *function)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ot_store_add_person (store, name, org_id, function, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static void
attend (OtStore *store, gint64 meeting, gint64 person_id, gint64 org_id,
        OtAttendanceState state, OtAttendanceRole role)
{
  g_autoptr(GError) error = NULL;

  ot_store_add_attendance (store, meeting, person_id, org_id, state, role, &error);
  g_assert_no_error (error);
}

static gint64
item (OtStore *store, gint64 meeting, gint64 parent, const char *title, const char *notes)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ot_store_add_agenda_item (store, meeting, parent, title, &error);

  g_assert_no_error (error);
  if (notes != NULL)
    {
      ot_store_set_text (store, OT_FIELD_AGENDA_ITEM_NOTES, id, notes, &error);
      g_assert_no_error (error);
    }
  return id;
}

static void
say (OtStore *store, gint64 item_id, gint64 person_id, gint64 org_id, const char *label,
     OtStatementKind kind, const char *text)
{
  g_autoptr(GError) error = NULL;

  ot_store_add_statement (store, item_id, person_id, org_id, label, kind, text, &error);
  g_assert_no_error (error);
}

static void
decide (OtStore *store, gint64 item_id, OtDecisionKind kind, const char *text)
{
  g_autoptr(GError) error = NULL;

  ot_store_add_decision (store, item_id, kind, text, &error);
  g_assert_no_error (error);
}

static gint64
act (OtStore *store, gint64 meeting, gint64 item_id, const char *text, gint64 person_id,
     gint64 org_id, const char *due)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ot_store_add_action (store, meeting, item_id, text, person_id, org_id, NULL, due, &error);

  g_assert_no_error (error);
  return id;
}

static void
build_overlegtafel (ExportFixture *f)
{
  OtStore *s = f->store;
  g_autoptr(GError) error = NULL;
  gint64 wij = org (s, "Wij 3.0", NULL, OT_ORGANISATION_KIND_AANBIEDER);
  gint64 syndion = org (s, "Syndion", NULL, OT_ORGANISATION_KIND_AANBIEDER);
  gint64 zorgspectrum = org (s, "Zorgspectrum", NULL, OT_ORGANISATION_KIND_AANBIEDER);
  gint64 abrona = org (s, "Stichting Abrona", "Abrona", OT_ORGANISATION_KIND_AANBIEDER);
  gint64 reinaerde = org (s, "Reinaerde", NULL, OT_ORGANISATION_KIND_AANBIEDER);
  gint64 houten = org (s, "Gemeente Houten", NULL, OT_ORGANISATION_KIND_GEMEENTE);
  gint64 vianen = org (s, "Gemeente Vianen", NULL, OT_ORGANISATION_KIND_GEMEENTE);
  gint64 regio = org (s, "Regio Lekstroom", "Lekstroom", OT_ORGANISATION_KIND_REGIO);
  gint64 gerard = person (s, "Gerard de Kruijk", wij, "directeur");
  gint64 jenny = person (s, "Jenny van der Hoek", syndion, "manager zorg");
  gint64 corien = person (s, "Corien Besamusca", abrona, NULL);
  gint64 jacques = person (s, "Jacques Visser", reinaerde, "bestuurder");
  gint64 lilian = person (s, "Lilian Petter", regio, "beleidsadviseur");
  gint64 nico = person (s, "Nico Kersten", houten, "beleidsmedewerker Wmo");
  gint64 laura = person (s, "Laura Kamphaus", vianen, "beleidsmedewerker");
  gint64 famke = person (s, "Famke Wouters", regio, "secretaris");
  gint64 m1, m2, i1, i2, i21, i3, a_open, a_done;

  f->series_id = ot_store_add_series (s, "Overlegtafel Wmo Lekstroom", OT_SERIES_KIND_OVERLEGTAFEL, NULL, &error);
  g_assert_no_error (error);

  m1 = ot_store_add_meeting (s, f->series_id, "Overlegtafel Wmo", "2016-06-13", "13:30", "15:30",
                             "Gemeentehuis Houten", nico, famke, &error);
  g_assert_no_error (error);
  i1 = item (s, m1, 0, "Kwaliteitscriteria", "Eerste verkenning van de criteria.");
  a_open = act (s, m1, i1, "Kwaliteitscriteria rondsturen aan alle aanbieders", lilian, 0, "2016-07-01");
  a_done = act (s, m1, i1, "Vragenlijst onderaanbesteding delen", jacques, 0, "2016-07-15");
  ot_store_set_meeting_status (s, m1, OT_MEETING_STATUS_DRAFT, &error);
  g_assert_no_error (error);

  m2 = ot_store_add_meeting (s, f->series_id, "Overlegtafel Wmo", "2016-08-29", "13:30", "15:30",
                             "Gemeentehuis Houten, zaal 2", nico, famke, &error);
  g_assert_no_error (error);
  ot_store_set_meeting_status (s, m2, OT_MEETING_STATUS_DRAFT, &error);
  g_assert_no_error (error);
  ot_store_approve_meeting (s, m1, m2, NULL, &error);
  g_assert_no_error (error);
  ot_store_set_action_status (s, a_done, OT_ACTION_STATUS_DONE, m2, &error);
  g_assert_no_error (error);
  ot_store_keep_action_open (s, a_open, m2, &error);
  g_assert_no_error (error);

  attend (s, m2, gerard, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE);
  attend (s, m2, jenny, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE);
  attend (s, m2, corien, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE);
  attend (s, m2, jacques, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE);
  attend (s, m2, lilian, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE);
  attend (s, m2, nico, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_CHAIR);
  attend (s, m2, famke, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_MINUTE_TAKER);
  attend (s, m2, laura, 0, OT_ATTENDANCE_STATE_EXCUSED, OT_ATTENDANCE_ROLE_NONE);
  attend (s, m2, 0, zorgspectrum, OT_ATTENDANCE_STATE_ABSENT, OT_ATTENDANCE_ROLE_NONE);

  i1 = item (s, m2, 0, "Opening en mededelingen",
             "Vitras gaat fuseren met St.MR, een vergelijkbare organisatie uit Rivierenland.\n"
             "De gemeente Vianen gaat per 1-1-2019 fuseren met Leerdam en Zederik.");
  i2 = item (s, m2, 0, "Kwaliteit",
             "De gemeenten in regio Lekstroom worden bijna dagelijks benaderd door kleine aanbieders.\n\n"
             "Lilian en Laura hebben een voorstel gemaakt, dat wordt besproken. Strekking van de reacties:\n"
             "\uf0b7 We willen het niet helemaal dichttimmeren.\n"
             "\uf0b7 Jacques geeft aan dat hij een standaard vragenlijst hanteert.");
  say (s, i2, jenny, 0, NULL, OT_STATEMENT_KIND_QUESTION,
       "Hoe toetsen jullie of een nieuwe aanbieder aan de criteria voldoet?");
  say (s, i2, lilian, 0, NULL, OT_STATEMENT_KIND_ANSWER,
       "Aan de hand van het kader dat Laura en Lillian nu uitwerken.");
  say (s, i2, 0, 0, "aanbieders", OT_STATEMENT_KIND_REMARK,
       "VOG kan een hobbel zijn voor ervaringsdeskundigen.");
  decide (s, i2, OT_DECISION_KIND_AFSPRAAK,
          "Laura en Lilian werken het voorstel verder uit met de input van de aanbieders.");
  i21 = item (s, m2, i2, "Verklaring omtrent het gedrag",
              "Menno vraagt of de GGD kan toetsen. Mevrouw Van der Hoek onderschrijft dit.");
  i3 = item (s, m2, 0, "Tarief", "Tarieven zijn verhoogd met 1,4% (consumentenprijsindex).");
  say (s, i3, 0, abrona, NULL, OT_STATEMENT_KIND_QUESTION,
       "Kunnen aanbieders hun indirecte tijd in rekening brengen?");
  say (s, i3, nico, 0, NULL, OT_STATEMENT_KIND_ANSWER,
       "Nico geeft aan dat Houten dit met Lekstroom in een aparte tafel bespreekt.");
  decide (s, i3, OT_DECISION_KIND_BESLUIT, "De tarieven 2017 worden met 1,4% geïndexeerd.");
  item (s, m2, 0, "Rondvraag", "Geen.");
  act (s, m2, i3, "Tafel organiseren met sociale teams en beleidsmedewerkers", 0, regio, "2016-12-01");
  act (s, m2, i2, "Kader VOG uitwerken", laura, 0, "2016-10-15");
  act (s, m2, i21, "GGD vragen naar toetsing nieuwe aanbieders", corien, 0, NULL);
  f->first_meeting_id = m1;
  f->meeting_id = m2;
}

static void
build_consultation (ExportFixture *f)
{
  OtStore *s = f->store;
  g_autoptr(GError) error = NULL;
  gint64 regio = ot_store_find_organisation (s, "Regio Lekstroom");
  gint64 axxicom = org (s, "Axxicom Thuishulp", "Axxicom", OT_ORGANISATION_KIND_AANBIEDER);
  gint64 dave = person (s, "Dave Smit", regio, "projectleider inkoop");
  gint64 m, i2;

  f->consultation_series_id = ot_store_add_series (s, "Marktconsultatie Huishoudelijke Ondersteuning",
                                                   OT_SERIES_KIND_MARKTCONSULTATIE, NULL, &error);
  g_assert_no_error (error);
  m = ot_store_add_meeting (s, f->consultation_series_id, "Marktconsultatie HO", "2022-07-12", "10:00", "12:00",
                            "Online", dave, 0, &error);
  g_assert_no_error (error);
  ot_store_set_meeting_status (s, m, OT_MEETING_STATUS_DRAFT, &error);
  g_assert_no_error (error);
  attend (s, m, dave, 0, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_CHAIR);
  attend (s, m, 0, axxicom, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE);
  item (s, m, 0, "Opening", "Welkom door de projectleider Dave Smit.");
  i2 = item (s, m, 0, "Toelichting proces tarieven", NULL);
  say (s, i2, 0, 0, "aanbieders", OT_STATEMENT_KIND_QUESTION,
       "In de presentatie staat dat de regio het max tarief vaststelt. Wat bedoelen jullie daarmee?");
  say (s, i2, dave, 0, NULL, OT_STATEMENT_KIND_ANSWER,
       "De gemeenten stellen uiteindelijk het tarief vast; Dave licht toe dat max ruimte laat voor aanbiederspecifieke tarieven.");
  say (s, i2, 0, axxicom, NULL, OT_STATEMENT_KIND_QUESTION,
       "Hoe gaan jullie om met de nieuwe cao-ontwikkelingen?");
  say (s, i2, 0, regio, NULL, OT_STATEMENT_KIND_ANSWER, "Daar is nog geen duidelijkheid over.");
  say (s, i2, 0, 0, "aanbieders", OT_STATEMENT_KIND_REMARK, "Een bestuurdersverklaring is een betere optie.");
  say (s, i2, 0, 0, "aanbieders", OT_STATEMENT_KIND_QUESTION,
       "Wordt de periodiekverdeling ook bij Axxicom uitgevraagd?");
  f->consultation_meeting_id = m;
}

void
export_fixture_setup (ExportFixture *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = ot_test_mkdtemp ();
  db = g_build_filename (f->dir, "store.db", NULL);
  f->store = ot_store_open (db, &error);
  g_assert_no_error (error);
  build_overlegtafel (f);
  build_consultation (f);
}

void
export_fixture_teardown (ExportFixture *f,
                         gconstpointer  data)
{
  g_clear_object (&f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
}

gint64
export_fixture_add_long_meeting (ExportFixture *f,
                                 guint          n_actions)
{
  g_autoptr(GError) error = NULL;
  gint64 m = ot_store_add_meeting (f->store, f->series_id, "Overlegtafel Wmo", "2016-11-14", "13:30", "16:00",
                                   "Gemeentehuis Houten", 0, 0, &error);

  g_assert_no_error (error);
  item (f->store, m, 0, "Actielijst", NULL);
  for (guint n = 0; n < n_actions; n++)
    {
      g_autofree char *text = g_strdup_printf ("Actie nummer %u: een wat langere omschrijving van wat er moet "
                                               "gebeuren, zodat de regel over twee regels loopt", n + 1);

      /* Not under an item: the actions then appear in the closing table only. */
      act (f->store, m, 0, text, 0, ot_store_find_organisation (f->store, "Syndion"), "2017-01-31");
    }
  return m;
}

static void
add_name_words (GPtrArray  *names,
                const char *name)
{
  static const char * const particles[] = { "van", "de", "der", "den", "het", "ter", "ten", NULL };
  /* Words of names that are ordinary words on their own ("Wij 3.0": "Wij vragen…"). */
  static const char * const ordinary[] = { "Wij", "Gemeente", "Stichting", "Regio", "Regionale", "Thuishulp", NULL };
  g_auto(GStrv) words = g_strsplit_set (name, " .", -1);

  g_ptr_array_add (names, g_strdup (name));
  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 3 && !g_strv_contains (particles, words[i]) && !g_strv_contains (ordinary, words[i]))
      g_ptr_array_add (names, g_strdup (words[i]));
}

char **
export_fixture_names (OtStore *store)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GListModel) orgs = ot_store_list_organisations (store, -1, NULL);
  g_autoptr(GListModel) people = ot_store_list_people (store, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(OtOrganisation) o = g_list_model_get_item (orgs, i);

      add_name_words (names, ot_organisation_get_name (o));
      if (ot_organisation_get_short_name (o) != NULL)
        add_name_words (names, ot_organisation_get_short_name (o));
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OtPerson) p = g_list_model_get_item (people, i);

      add_name_words (names, ot_person_get_name (p));
    }
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

char *
export_fixture_path (ExportFixture *f,
                     const char    *name)
{
  return g_build_filename (f->dir, name, NULL);
}

char *
export_pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExportPdf) doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  GString *text = g_string_new (NULL);
  gboolean space = FALSE;

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(ExportPdfPage) page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      for (const char *p = page_text; *p != '\0'; p++)
        {
          if (g_ascii_isspace (*p))
            space = TRUE;
          else
            {
              if (space && text->len > 0)
                g_string_append_c (text, ' ');
              space = FALSE;
              g_string_append_c (text, *p);
            }
        }
      space = TRUE;
    }
  return g_string_free (text, FALSE);
}

void
export_assert_in_order (const char         *text,
                        const char * const *strings)
{
  const char *from = text;

  for (guint i = 0; strings[i] != NULL; i++)
    {
      const char *found = strstr (from, strings[i]);

      if (found == NULL)
        {
          if (strstr (text, strings[i]) != NULL)
            g_error ("“%s” is in the text, but before “%s”: %s", strings[i], i > 0 ? strings[i - 1] : "", text);
          g_error ("“%s” is not in the text: %s", strings[i], text);
        }
      from = found + strlen (strings[i]);
    }
}

typedef struct
{
  int    page;
  double bottom, x;   /* near the baseline, so text of different sizes on one line compares equal */
} Position;

static gboolean
after (const Position *a,
       const Position *b)
{
  if (a->page != b->page)
    return a->page > b->page;
  if (a->bottom > b->bottom + 3)
    return TRUE;
  if (a->bottom < b->bottom - 3)
    return FALSE;
  return a->x > b->x;
}

void
export_assert_pdf_order (GBytes             *pdf,
                         const char * const *strings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExportPdf) doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  Position current = { 0, -1, -1 };
  int n_pages;

  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (doc);
  for (guint i = 0; strings[i] != NULL; i++)
    {
      gboolean found = FALSE;
      Position best = { 0 };

      for (int p = current.page; p < n_pages && !found; p++)
        {
          g_autoptr(ExportPdfPage) page = poppler_document_get_page (doc, p);
          GList *matches = poppler_page_find_text_with_options (page, strings[i],
                                                                POPPLER_FIND_CASE_SENSITIVE | POPPLER_FIND_MULTILINE);
          gboolean continuation = FALSE;
          double w, h;

          poppler_page_get_size (page, &w, &h);
          for (GList *l = matches; l != NULL; l = l->next)
            {
              PopplerRectangle *r = l->data;
              Position pos = { p, h - MIN (r->y1, r->y2), MIN (r->x1, r->x2) };
              gboolean skip = continuation;

              /* Only where a match starts counts; the rest of a wrapped match follows it. */
              continuation = poppler_rectangle_find_get_match_continued (r);
              if (!skip && after (&pos, &current) && (!found || after (&best, &pos)))
                {
                  best = pos;
                  found = TRUE;
                }
            }
          g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
        }
      if (!found)
        g_error ("“%s” is not printed after “%s” (page %d, %.0f pt from the top)",
                 strings[i], i > 0 ? strings[i - 1] : "the start", current.page + 1, current.bottom);
      current = best;
    }
}

void
export_save_png (GBytes     *pdf,
                 guint       page_nr,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ExportPdf) doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_autoptr(ExportPdfPage) page = NULL;
  g_autofree char *dir = g_build_filename (ot_test_build_dir (), "tests", "export", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  const double scale = 1.5;

  g_assert_no_error (error);
  page = poppler_document_get_page (doc, page_nr);
  g_assert_nonnull (page);
  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (w * scale), (int) (h * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  g_mkdir_with_parents (dir, 0755);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("page %u written to %s", page_nr + 1, path);
}

gboolean
export_bytes_contain (const char *data,
                      gsize       len,
                      const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n > 0 && i + n <= len; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

char *
export_zip_part (const char *path,
                 const char *part)
{
  int err = 0;
  zip_t *zip = zip_open (path, ZIP_RDONLY, &err);
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  g_assert_nonnull (zip);
  if (zip_stat (zip, part, 0, &st) != 0)
    {
      zip_close (zip);
      return NULL;
    }
  file = zip_fopen (zip, part, 0);
  g_assert_nonnull (file);
  data = g_malloc0 (st.size + 1);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_close (zip);
  return data;
}
