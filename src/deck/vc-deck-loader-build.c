/* vc-deck-loader-build.c
 *
 * Building the deck from its JSON: the introduction, roles, steps and
 * translations, and the order the parts are read in.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-catalog.h"
#include "vc-deck-loader.h"
#include "vc-deck-loader-private.h"
#include "vc-deck-location.h"
#include "vc-deck-private.h"
#include "vc-deck-problem.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"

static void
read_role_item (Loader   *l,
                JsonNode *node,
                gpointer  user_data)
{
  static const char * const known[] = { "id", "name", "description", NULL };
  IdListData *data = user_data;
  JsonObject *item = loader_read_object_node (l, node);
  VcRole *role;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  role = g_new0 (VcRole, 1);
  role->id = loader_read_id (l, item, data->ids);
  role->name = loader_read_string (l, item, "name", STRING_REQUIRED | STRING_TRANSLATABLE);
  role->description = loader_read_string (l, item, "description", STRING_TRANSLATABLE);
  g_ptr_array_add (data->items, role);
}


static void
read_step_item (Loader   *l,
                JsonNode *node,
                gpointer  user_data)
{
  static const char * const known[] = { "title", "text", NULL };
  VcIntroduction *intro = user_data;
  JsonObject *step = loader_read_object_node (l, node);
  char *title, *text;
  guint n;

  if (step == NULL)
    return;

  loader_check_members (l, step, known);
  title = loader_read_string (l, step, "title", STRING_REQUIRED | STRING_TRANSLATABLE);
  text = loader_read_string (l, step, "text", STRING_REQUIRED | STRING_TRANSLATABLE);
  if (title == NULL || text == NULL)
    {
      g_free (title);
      g_free (text);
      return;
    }

  n = intro->step_titles ? g_strv_length (intro->step_titles) : 0;
  intro->step_titles = g_renew (char *, intro->step_titles, n + 2);
  intro->step_texts = g_renew (char *, intro->step_texts, n + 2);
  intro->step_titles[n] = title;
  intro->step_texts[n] = text;
  intro->step_titles[n + 1] = NULL;
  intro->step_texts[n + 1] = NULL;
}

static void
read_introduction (Loader     *l,
                   JsonObject *root)
{
  static const char * const known[] = { "title", "purpose", "ground-rules", "steps", NULL };
  VcIntroduction *intro;
  JsonObject *object;
  JsonNode *node;
  gsize len = loader_push_member (l, "introduction");

  node = loader_get_member (l, root, "introduction", FALSE);
  object = node ? loader_read_object_node (l, node) : NULL;
  if (object == NULL)
    {
      loader_pop (l, len);
      return;
    }

  loader_check_members (l, object, known);
  intro = g_new0 (VcIntroduction, 1);
  l->deck->introduction = intro;
  intro->title = loader_read_string (l, object, "title", STRING_REQUIRED | STRING_TRANSLATABLE);
  intro->purpose = loader_read_string (l, object, "purpose", STRING_TRANSLATABLE);
  intro->ground_rules = loader_read_string_list (l, object, "ground-rules", FALSE, 1, STRING_TRANSLATABLE);

  loader_read_list (l, object, "steps", FALSE, 1, read_step_item, intro);

  if (intro->purpose == NULL && intro->ground_rules == NULL && intro->step_titles == NULL &&
      !json_object_has_member (object, "purpose") &&
      !json_object_has_member (object, "ground-rules") &&
      !json_object_has_member (object, "steps"))
    error_at (l, VC_DECK_ERROR_INVALID_VALUE,
              _("Add “purpose”, “ground-rules” or “steps”."),
              _("The introduction has nothing to show."));

  loader_pop (l, len);
}

/* The language whose catalog will be used: the first of the user's languages
 * that the deck has a translation for, unless the deck is already written in
 * it. NULL if none. */
static const char *
pick_language (Loader     *l,
               JsonObject *object,
               const char *source_language)
{
  const char * const *languages = g_get_language_names ();

  if (l->flags & VC_DECK_LOAD_NO_TRANSLATE)
    return NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_equal (languages[i], "C") ||
          g_strcmp0 (languages[i], source_language) == 0)
        return NULL;
      if (json_object_has_member (object, languages[i]))
        return languages[i];
    }

  return NULL;
}

/* Checks every catalog carried by the deck, cheaply, so that a broken one is
 * reported whatever the language of whoever validates the deck, and reads
 * into a table only the one for the user's language. */
static void
read_translations (Loader     *l,
                   JsonObject *root,
                   const char *source_language)
{
  JsonObjectIter iter;
  JsonObject *object;
  JsonNode *node, *value;
  const char *lang;
  const char *wanted;
  gsize len = loader_push_member (l, "translations");

  node = loader_get_member (l, root, "translations", FALSE);
  object = node ? loader_read_object_node (l, node) : NULL;
  if (object == NULL)
    {
      loader_pop (l, len);
      return;
    }

  wanted = pick_language (l, object, source_language);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &lang, &value))
    {
      static const char prefix[] = "data:application/x-gettext-translation;base64,";
      gsize mlen = loader_push_member (l, lang);

      if (!loader_is_valid_language (lang))
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Name the language with its code, such as “sv” or “pt_BR”."),
                  _("“%s” is not a language code."), lang);
      else if (loader_expect_type (l, value, JSON_NODE_VALUE, G_TYPE_STRING))
        {
          const char *uri = json_node_get_string (value);
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = NULL;

          if (g_str_has_prefix (uri, prefix) && loader_is_base64 (uri + strlen (prefix)))
            {
              gsize size;
              guchar *data = g_base64_decode (uri + strlen (prefix), &size);

              bytes = g_bytes_new_take (data, size);
            }

          if (bytes == NULL)
            error_at (l, VC_DECK_ERROR_TRANSLATION_INVALID,
                      _("Compile the translation with msgfmt and embed it as data:application/x-gettext-translation;base64,…"),
                      _("The translation for “%s” cannot be read."), lang);
          else if (!vc_catalog_check (bytes, lang, &error))
            error_at (l, VC_DECK_ERROR_TRANSLATION_INVALID,
                      _("Compile the translation with msgfmt from a .po file and embed it as data:application/x-gettext-translation;base64,…"),
                      "%s", error->message);
          else if (wanted != NULL && g_str_equal (lang, wanted) && l->catalog == NULL)
            {
              l->catalog = vc_catalog_new_from_bytes (bytes, &error);
              if (l->catalog == NULL)
                error_at (l, VC_DECK_ERROR_TRANSLATION_INVALID,
                          _("Compile the translation with msgfmt and embed it as data:application/x-gettext-translation;base64,…"),
                          _("The translation for “%s” cannot be read."), lang);
              else
                l->deck->language = g_strdup (lang);
            }
        }
      loader_pop (l, mlen);
    }

  loader_pop (l, len);
}

/* A plain name, never a path: glibc would look for a catalog wherever the
 * name leads. */
static gboolean
is_valid_domain (const char *s)
{
  gsize len = strlen (s);

  if (len == 0 || len > 64 || s[0] == '.')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '.' && s[i] != '_' && s[i] != '-')
      return FALSE;

  return TRUE;
}

/* Only the app's own catalogs, which the built-in decks use, are looked up
 * through the C library; any other deck uses the catalogs it carries. */
static void
read_translation_domain (Loader     *l,
                         const char *domain)
{
  gsize len;

  if (domain == NULL)
    return;

  len = loader_push_member (l, "translation-domain");
  if (!is_valid_domain (domain))
    error_at (l, VC_DECK_ERROR_INVALID_VALUE,
              _("Remove “translation-domain”, and embed the translations in “translations”."),
              _("“%s” is not a translation domain name."), domain);
  else if (!g_str_equal (domain, GETTEXT_PACKAGE))
    warning_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Remove “translation-domain”, and embed the translations in “translations”."),
                _("Translations of the domain “%s” are not looked up; the deck’s own embedded translations are used instead."),
                domain);
  else
    l->domain = g_strdup (domain);
  loader_pop (l, len);
}

void
loader_read_deck (Loader   *l,
           JsonNode *root_node)
{
  static const char * const known[] = {
    "format-version", "id", "version", "kind", "title", "subtitle", "description",
    "source-language", "translation-domain", "authors", "license", "audience",
    "minutes-per-card", "roles", "introduction", "closing", "values-game", "cards",
    "translations", "formats", NULL
  };
  static const struct { const char *name; VcDeckKind kind; } kinds[] = {
    { "values-game", VC_DECK_KIND_VALUES_GAME },
    { "dilemmas", VC_DECK_KIND_DILEMMAS },
    { "questions", VC_DECK_KIND_QUESTIONS },
    { "statements", VC_DECK_KIND_STATEMENTS },
    { "mixed", VC_DECK_KIND_MIXED },
  };
  VcDeck *deck = l->deck;
  g_autofree char *kind = NULL;
  g_auto(GStrv) audience = NULL;
  gboolean kind_ok = FALSE;
  JsonObject *root;
  JsonNode *node;
  gsize len;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      error_at (l, VC_DECK_ERROR_WRONG_TYPE,
                _("A deck file starts with { and ends with }."),
                _("The deck must be a JSON object, not %s."), loader_json_type_label (root_node));
      return;
    }
  root = json_node_get_object (root_node);

  /* A newer format may mean anything; say so and read no further. */
  len = loader_push_member (l, "format-version");
  node = loader_get_member (l, root, "format-version", TRUE);
  if (node == NULL || !loader_expect_type (l, node, JSON_NODE_VALUE, G_TYPE_INT64))
    {
      loader_pop (l, len);
      return;
    }
  if (json_node_get_int (node) != 1)
    {
      error_at (l, VC_DECK_ERROR_UNSUPPORTED_VERSION,
                _("Update Value Cards to open this deck, or save it as format version 1."),
                _("This deck uses format version %lld, but this version of Value Cards reads only version 1."),
                (long long)json_node_get_int (node));
      loader_pop (l, len);
      return;
    }
  loader_pop (l, len);

  loader_check_members (l, root, known);

  deck->source_language = loader_read_string (l, root, "source-language", STRING_REQUIRED);
  if (deck->source_language != NULL && !loader_is_valid_language (deck->source_language))
    {
      len = loader_push_member (l, "source-language");
      error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Name the language with its code, such as “en” or “sv”."),
                _("“%s” is not a language code."), deck->source_language);
      loader_pop (l, len);
    }

  deck->translation_domain = loader_read_string (l, root, "translation-domain", STRING_OPTIONAL);
  read_translation_domain (l, deck->translation_domain);
  read_translations (l, root, deck->source_language);

  deck->id = loader_read_id (l, root, NULL);
  deck->version = loader_read_string (l, root, "version", STRING_REQUIRED);

  kind = loader_read_string (l, root, "kind", STRING_REQUIRED);
  if (kind != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_str_equal (kind, kinds[i].name))
          {
            deck->kind = kinds[i].kind;
            kind_ok = TRUE;
          }

      if (!kind_ok)
        {
          len = loader_push_member (l, "kind");
          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Use “values-game”, “dilemmas”, “questions”, “statements” or “mixed”."),
                    _("“%s” is not a kind of deck."), kind);
          loader_pop (l, len);
        }
    }

  deck->title = loader_read_string (l, root, "title", STRING_REQUIRED | STRING_TRANSLATABLE);
  deck->subtitle = loader_read_string (l, root, "subtitle", STRING_TRANSLATABLE);
  deck->description = loader_read_string (l, root, "description", STRING_TRANSLATABLE);
  if (!json_object_has_member (root, "description"))
    {
      len = loader_push_member (l, "description");
      warning_at (l, VC_DECK_ERROR_MISSING_FIELD,
                  _("Say when to use the deck, how long it takes and who it suits."),
                  _("The deck has no description."));
      loader_pop (l, len);
    }

  deck->authors = loader_read_string_list (l, root, "authors", TRUE, 1, STRING_OPTIONAL);
  deck->license = loader_read_string (l, root, "license", STRING_REQUIRED);
  /* The meeting formats the deck suits, by id; a format not installed is
   * left out when the formats are offered, so this is not checked here. */
  deck->formats = loader_read_string_list (l, root, "formats", FALSE, 1, STRING_OPTIONAL);

  audience = loader_read_string_list (l, root, "audience", TRUE, 1, STRING_OPTIONAL);
  for (guint i = 0; audience && audience[i]; i++)
    {
      VcDeckAudience flag = VC_DECK_AUDIENCE_NONE;

      if (g_str_equal (audience[i], "staff-meeting"))
        flag = VC_DECK_AUDIENCE_STAFF_MEETING;
      else if (g_str_equal (audience[i], "reflection"))
        flag = VC_DECK_AUDIENCE_REFLECTION;

      len = loader_push_member (l, "audience");
      g_string_append_printf (l->path, "[%u]", i);
      if (flag == VC_DECK_AUDIENCE_NONE)
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Use “staff-meeting” or “reflection”."),
                  _("“%s” is not an audience."), audience[i]);
      else if (deck->audience & flag)
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Remove the repeated entry."),
                  _("“%s” is listed twice."), audience[i]);
      deck->audience |= flag;
      loader_pop (l, len);
    }

  loader_read_int (l, root, "minutes-per-card", 1, 240, &deck->minutes_per_card);
  {
    g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    IdListData roles = { deck->roles, ids };

    loader_read_list (l, root, "roles", FALSE, 1, read_role_item, &roles);
  }
  read_introduction (l, root);

  loader_read_values_game (l, root, kind_ok && deck->kind == VC_DECK_KIND_VALUES_GAME);

  loader_read_list (l, root, "cards", !(kind_ok && deck->kind == VC_DECK_KIND_VALUES_GAME),
                    kind_ok && deck->kind == VC_DECK_KIND_VALUES_GAME ? 0 : 1,
                    loader_read_card_item, deck->cards);

  /* Read last, so that an id it shares with a card is reported here. */
  len = loader_push_member (l, "closing");
  node = loader_get_member (l, root, "closing", FALSE);
  if (node != NULL)
    {
      deck->closing = loader_read_card (l, node);
      if (deck->closing != NULL && vc_card_get_kind (deck->closing) != VC_CARD_KIND_CLOSING)
        {
          gsize klen = loader_push_member (l, "kind");

          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Set its “kind” to “closing”."),
                    _("The closing card must be of the kind “closing”."));
          loader_pop (l, klen);
          g_clear_object (&deck->closing);
        }
    }
  loader_pop (l, len);

}
