/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-store.c: builds a ten-year database and times the queries the window depends on. */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "ot-store.h"

/* Issue sizes: 1,000 meetings in 20 series, 20,000 agenda items, 100,000 statements, 50,000 actions. */
#define N_SERIES 20
#define N_MEETINGS 1000
#define ITEMS_PER_MEETING 20
#define STATEMENTS_PER_ITEM 5
#define ACTIONS_PER_MEETING 50

static const char *const words[] = {
  "tarief", "indexatie", "wachtlijst", "huishoudelijke", "ondersteuning", "productindeling", "trede",
  "sociaal", "team", "backoffice", "declaratie", "bevoorschotting", "kwaliteit", "VOG", "periodiek",
  "cao", "werkgeverslasten", "reistijd", "overhead", "bestuurdersverklaring", "cliënt", "inzet",
  "evaluatie", "aanbesteding", "resultaatgericht", "inspanningsgericht", "PxQ", "verantwoording",
};

/* Minutes have a large vocabulary: most words are everyday Dutch, a few are the domain's.
 * Filler words are made of syllables and drawn with a skew, as word frequencies are. */
static const char *const syllables[] = {
  "ge", "ver", "be", "ont", "aan", "over", "in", "uit", "me", "de", "ten", "ker", "lin", "ga",
  "wer", "king", "heid", "baar", "lijk", "ste", "pro", "ject", "ma", "nier", "zorg", "plan", "stel",
};

static void
append_word (GString *text,
             GRand   *rand)
{
  guint rank;

  if (g_rand_int_range (rand, 0, 20) == 0)
    {
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      return;
    }
  /* Roughly Zipf: small ranks are common, large ones rare; 27^3 possible words. */
  rank = (guint) (19683.0 * pow (g_rand_double (rand), 3.0));
  g_string_append (text, syllables[rank % 27]);
  g_string_append (text, syllables[(rank / 27) % 27]);
  if (rank >= 27 * 27)
    g_string_append (text, syllables[(rank / 729) % 27]);
}

static char *
sentence (GRand *rand,
          guint  n_words)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      append_word (text, rand);
    }
  g_string_append_c (text, '.');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
generate (OtStore *store,
          GError **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gint64 series[N_SERIES], people[200], orgs[40];

  if (!ot_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (orgs); i++)
    {
      g_autofree char *name = g_strdup_printf ("Aanbieder %u", i + 1);
      orgs[i] = ot_store_add_organisation (store, name, NULL, OT_ORGANISATION_KIND_AANBIEDER, error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *name = g_strdup_printf ("Persoon %u", i + 1);
      people[i] = ot_store_add_person (store, name, orgs[i % G_N_ELEMENTS (orgs)], NULL, NULL, error);
    }
  for (guint s = 0; s < N_SERIES; s++)
    {
      g_autofree char *name = g_strdup_printf ("Overlegtafel %u", s + 1);
      series[s] = ot_store_add_series (store, name, s % 3, NULL, error);
    }
  for (guint m = 0; m < N_MEETINGS; m++)
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u", 2015 + m / 100, 1 + (m / 8) % 12, 1 + m % 28);
      gint64 meeting = ot_store_add_meeting (store, series[m % N_SERIES], "Overleg", date, "10:00", "12:00",
                                             "Houten", people[m % 200], 0, error);
      for (guint a = 0; a < 15; a++)
        ot_store_add_attendance (store, meeting, people[(m + a * 7) % 200], 0, a % 3, OT_ATTENDANCE_ROLE_NONE, error);
      for (guint i = 0; i < ITEMS_PER_MEETING; i++)
        {
          g_autofree char *title = sentence (rand, 3);
          gint64 item = ot_store_add_agenda_item (store, meeting, 0, title, error);
          g_autofree char *notes = sentence (rand, 40);

          ot_store_set_text (store, OT_FIELD_AGENDA_ITEM_NOTES, item, notes, error);
          for (guint st = 0; st < STATEMENTS_PER_ITEM; st++)
            {
              g_autofree char *text = sentence (rand, 15);
              ot_store_add_statement (store, item, 0, 0, st % 2 ? "regio" : "aanbieders", st % 3, text, error);
            }
          if (i == 0)
            for (guint a = 0; a < ACTIONS_PER_MEETING; a++)
              {
                g_autofree char *text = sentence (rand, 8);
                g_autofree char *due = g_strdup_printf ("%04u-%02u-%02u", 2015 + m / 100, 1 + (m / 8 + 1) % 12, 1 + a % 28);
                gint64 action = ot_store_add_action (store, meeting, item, text, people[(m + a) % 200], 0, NULL, due, error);
                /* Most old actions are closed; the last two years stay partly open. */
                if (m < 800 || a % 3 == 0)
                  ot_store_set_action_status (store, action, 1 + a % 2, meeting, error);
              }
        }
      if (error != NULL && *error != NULL)
        {
          ot_store_rollback (store);
          return FALSE;
        }
    }
  return ot_store_commit (store, error);
}

typedef GListModel *(*Query) (OtStore *store, gpointer data);

/* The median of @runs timings, in milliseconds; the median resists a stray slow run. */
static double
time_query (OtStore *store,
            Query    query,
            gpointer data,
            guint   *n_items)
{
  double times[15];

  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GListModel) model = query (store, data);
      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      *n_items = model ? g_list_model_get_n_items (model) : 0;
    }
  for (guint i = 1; i < G_N_ELEMENTS (times); i++)
    for (guint j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];
        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  return times[G_N_ELEMENTS (times) / 2];
}

static GListModel *
q_search (OtStore *store, gpointer data)
{
  return ot_store_search (store, data, 50, NULL);
}

static GListModel *
q_actions (OtStore *store, gpointer data)
{
  return ot_store_list_actions (store, data, NULL);
}

static GListModel *
q_meetings (OtStore *store, gpointer data)
{
  return ot_store_list_meetings (store, 0, NULL);
}

static GListModel *
q_agenda (OtStore *store, gpointer data)
{
  return ot_store_list_agenda (store, GPOINTER_TO_INT (data), NULL);
}

static GListModel *
q_previous (OtStore *store, gpointer data)
{
  return ot_store_list_previous_actions (store, GPOINTER_TO_INT (data), NULL);
}

static void
report (const char *what,
        OtStore    *store,
        Query       query,
        gpointer    data,
        double      budget)
{
  guint n = 0;
  double ms = time_query (store, query, data, &n);

  g_print ("%-46s %8.2f ms  (%6u rows)  budget %5.0f ms  %s\n", what, ms, n, budget, ms <= budget ? "ok" : "OVER");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) store = NULL;
  const char *path = argc > 1 ? argv[1] : "ten-years.db";
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);
  OtActionFilter open_filter = { .open_only = TRUE };
  OtActionFilter overdue = { .overdue_on = "2024-06-01" };
  OtActionFilter owner = { .open_only = TRUE, .owner = "Persoon 17" };
  OtActionFilter by_series = { .series_id = 3 };
  store = ot_store_open (path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!exists)
    {
      gint64 start = g_get_monotonic_time ();
      if (!generate (store, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("generated %s in %.1f s\n", path, (g_get_monotonic_time () - start) / 1e6);
    }

  report ("search \"wachtlijst\"", store, q_search, "wachtlijst", 20);
  report ("search \"indexatie tarief\"", store, q_search, "indexatie tarief", 20);
  report ("search \"bestuurders\" (prefix)", store, q_search, "bestuurders", 20);
  report ("actions overview: open", store, q_actions, &open_filter, 50);
  report ("actions overview: overdue", store, q_actions, &overdue, 50);
  report ("actions overview: open, owner", store, q_actions, &owner, 50);
  report ("actions overview: one series", store, q_actions, &by_series, 50);
  report ("sidebar: all meetings", store, q_meetings, NULL, 50);
  report ("meeting page: agenda", store, q_agenda, GINT_TO_POINTER (N_MEETINGS - 5), 20);
  report ("meeting page: previous action list", store, q_previous, GINT_TO_POINTER (N_MEETINGS - 5), 50);
  return 0;
}
