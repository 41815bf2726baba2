/* vc-deck-document-items.c
 *
 * New decks and new items for the deck document, and the ids that keep
 * them apart.
 *
 * A new item must already be a valid one, so that a deck is never broken
 * just because something was added: its texts say what to write there,
 * and its id is made from its title and is unique in its list.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-deck-document-private.h"
#include "vc-deck-error.h"

#define MAX_ID_LENGTH 64

/* "/cards/3/stages/0/questions" becomes "questions"; the last name in a
 * path says what its items are. */
static const char *
list_name (const char *array_path)
{
  const char *slash = strrchr (array_path, '/');

  return slash ? slash + 1 : array_path;
}

gboolean
vc_deck_document_path_has_ids (const char *array_path)
{
  return g_strcmp0 (array_path, "/roles") == 0 ||
         g_strcmp0 (array_path, "/values-game/words") == 0 ||
         g_strcmp0 (array_path, "/values-game/images") == 0 ||
         g_strcmp0 (array_path, "/cards") == 0;
}

static void
add_id_of (JsonNode   *item,
           GHashTable *ids)
{
  JsonNode *id;

  if (item == NULL || !JSON_NODE_HOLDS_OBJECT (item))
    return;
  id = json_object_get_member (json_node_get_object (item), "id");
  if (id != NULL && json_node_get_value_type (id) == G_TYPE_STRING)
    g_hash_table_add (ids, g_strdup (json_node_get_string (id)));
}

/**
 * vc_deck_document_collect_ids:
 * @self: a #VcDeckDocument
 * @array_path: a list whose items have ids
 * @skip_path: (nullable): an item not to count, the one being changed
 * @ids: a set of strings to add the ids to
 *
 * The cards and the closing card share one set of ids.
 */
void
vc_deck_document_collect_ids (VcDeckDocument *self,
                              const char     *array_path,
                              const char     *skip_path,
                              GHashTable     *ids)
{
  JsonNode *list;

  if (array_path == NULL)
    return;

  list = vc_deck_document_get_node (self, array_path);
  if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
    {
      JsonArray *array = json_node_get_array (list);
      gsize prefix = strlen (array_path);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          char number[16];

          g_snprintf (number, sizeof number, "%u", i);
          if (skip_path != NULL && strncmp (skip_path, array_path, prefix) == 0 &&
              skip_path[prefix] == '/' && g_str_equal (skip_path + prefix + 1, number))
            continue;
          add_id_of (json_array_get_element (array, i), ids);
        }
    }

  if (g_str_equal (array_path, "/cards") && g_strcmp0 (skip_path, "/closing") != 0)
    add_id_of (vc_deck_document_get_node (self, "/closing"), ids);
}

/**
 * vc_deck_make_id:
 * @text: a title, a word, or an id
 *
 * Returns: (transfer full): an id made from @text: lower case letters
 *   without accents, digits and dashes, such as "self-determination"
 */
char *
vc_deck_make_id (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *id = g_string_new (NULL);

  ascii = g_str_to_ascii (text ? text : "", "C");
  for (const char *p = ascii; *p != '\0' && id->len < MAX_ID_LENGTH; p++)
    {
      char c = g_ascii_tolower (*p);

      if (g_ascii_isalnum (c))
        g_string_append_c (id, c);
      else if ((c == '.' || c == '_') && id->len > 0)
        g_string_append_c (id, c);
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && !g_ascii_isalnum (id->str[id->len - 1]))
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "item");
  return g_string_free (id, FALSE);
}

/**
 * vc_deck_document_unique_id:
 * @ids: the ids already taken
 * @wanted: the id wanted, or a text to make it from
 *
 * Returns: (transfer full): @wanted as an id, with "-2", "-3"… added
 *   if it is taken
 */
char *
vc_deck_document_unique_id (GHashTable *ids,
                            const char *wanted)
{
  g_autofree char *base = vc_deck_make_id (wanted);
  const char *dash;
  guint64 number;

  if (!g_hash_table_contains (ids, base))
    return g_steal_pointer (&base);

  /* "card-2" taken again goes on to "card-3", not "card-2-2". */
  dash = strrchr (base, '-');
  if (dash != NULL && dash > base &&
      g_ascii_string_to_unsigned (dash + 1, 10, 2, G_MAXUINT, &number, NULL))
    base[dash - base] = '\0';

  for (guint n = 2; ; n++)
    {
      char *candidate = g_strdup_printf ("%s-%u", base, n);

      if (!g_hash_table_contains (ids, candidate))
        return candidate;
      g_free (candidate);
    }
}

/**
 * vc_deck_document_item_noun:
 * @array_path: the place of a list
 *
 * Returns: what the list's items are called, for undo steps
 */
const char *
vc_deck_document_item_noun (const char *array_path)
{
  static const struct { const char *list; const char *noun; } nouns[] = {
    { "roles", NC_("item", "Role") },
    { "authors", NC_("item", "Author") },
    { "audience", NC_("item", "Audience") },
    { "ground-rules", NC_("item", "Ground Rule") },
    { "steps", NC_("item", "Step") },
    { "words", NC_("item", "Value Word") },
    { "images", NC_("item", "Picture") },
    { "cards", NC_("item", "Card") },
    { "stages", NC_("item", "Stage") },
    { "questions", NC_("item", "Question") },
    { "options", NC_("item", "Answer Option") },
    { "actions", NC_("item", "Alternative Action") },
    { "tags", NC_("item", "Tag") },
  };
  const char *name = list_name (array_path);

  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (g_str_equal (nouns[i].list, name))
      return g_dpgettext2 (GETTEXT_PACKAGE, "item", nouns[i].noun);
  return C_("item", "Item");
}

static JsonNode *
string_node (const char *text)
{
  return json_node_init_string (json_node_alloc (), text);
}

static JsonArray *
string_array (const char *first,
              ...)
{
  JsonArray *array = json_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    json_array_add_string_element (array, s);
  va_end (args);
  return array;
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  return node;
}

static JsonObject *
new_card (const char *kind)
{
  JsonObject *card = json_object_new ();

  if (g_strcmp0 (kind, "question") == 0)
    {
      json_object_set_string_member (card, "kind", "question");
      json_object_set_string_member (card, "text", _("Write the question here."));
    }
  else if (g_strcmp0 (kind, "statement") == 0)
    {
      json_object_set_string_member (card, "kind", "statement");
      json_object_set_string_member (card, "title", _("New Statement"));
      json_object_set_string_member (card, "text", _("Write the statement here."));
    }
  else
    {
      json_object_set_string_member (card, "kind", "dilemma");
      json_object_set_string_member (card, "title", _("New Dilemma"));
      json_object_set_array_member (card, "stages",
                                    string_array (_("Describe what happens, without names or details that could identify anyone."), NULL));
      json_object_set_array_member (card, "questions",
                                    string_array (_("What would you do?"), NULL));
    }
  return card;
}

static char *
next_action_label (VcDeckDocument *self,
                   const char     *array_path)
{
  guint n = vc_deck_document_get_length (self, array_path);

  return g_strdup_printf ("%c", 'A' + (char)MIN (n, 25));
}

/**
 * vc_deck_document_new_item:
 * @self: a #VcDeckDocument
 * @array_path: the list the item is for
 * @kind: (nullable): a card's kind
 * @error: return location for an error
 *
 * Returns: (transfer full): a new item for the list, valid as it is
 */
JsonNode *
vc_deck_document_new_item (VcDeckDocument  *self,
                           const char      *array_path,
                           const char      *kind,
                           GError         **error)
{
  const char *name = list_name (array_path);
  JsonObject *object;

  if (g_str_equal (array_path, "/cards"))
    {
      if (kind != NULL && !g_str_equal (kind, "dilemma") && !g_str_equal (kind, "question") &&
          !g_str_equal (kind, "statement"))
        {
          g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                       _("A card is a dilemma, a question or a statement; the closing card is set on its own."));
          return NULL;
        }
      return object_node (new_card (kind));
    }

  if (g_str_equal (array_path, "/roles"))
    {
      object = json_object_new ();
      json_object_set_string_member (object, "name", _("New Role"));
      json_object_set_string_member (object, "description", _("What this person does during the meeting."));
      return object_node (object);
    }

  if (g_str_equal (array_path, "/values-game/words"))
    {
      object = json_object_new ();
      json_object_set_string_member (object, "word", _("New Word"));
      json_object_set_string_member (object, "definition", _("What the word means in our everyday work."));
      return object_node (object);
    }

  if (g_str_equal (array_path, "/values-game/images"))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_MISSING,
                   _("A picture is added from a file: choose a photo or a drawing."));
      return NULL;
    }

  if (g_str_equal (array_path, "/introduction/steps"))
    {
      object = json_object_new ();
      json_object_set_string_member (object, "title", _("New Step"));
      json_object_set_string_member (object, "text", _("What the group does in this step."));
      return object_node (object);
    }

  if (g_str_equal (name, "actions"))
    {
      g_autofree char *label = next_action_label (self, array_path);

      object = json_object_new ();
      json_object_set_string_member (object, "label", label);
      json_object_set_string_member (object, "text", _("What the person could do instead."));
      json_object_set_array_member (object, "questions", string_array (_("What could happen then?"), NULL));
      return object_node (object);
    }

  if (g_str_equal (name, "questions"))
    return string_node (_("New question?"));
  if (g_str_equal (name, "options"))
    return string_node (_("New answer"));
  if (g_str_equal (name, "stages"))
    return string_node (_("What happens next."));
  if (g_str_equal (name, "tags"))
    return string_node (_("New tag"));
  if (g_str_equal (name, "ground-rules"))
    return string_node (_("A new ground rule."));
  if (g_str_equal (name, "authors"))
    return string_node (g_get_real_name ());
  if (g_str_equal (name, "audience"))
    {
      JsonNode *list = vc_deck_document_get_node (self, array_path);
      gboolean has_meeting = FALSE, has_reflection = FALSE;

      for (guint i = 0; list != NULL && i < json_array_get_length (json_node_get_array (list)); i++)
        {
          JsonNode *item = json_array_get_element (json_node_get_array (list), i);
          const char *value = json_node_get_value_type (item) == G_TYPE_STRING ? json_node_get_string (item) : NULL;

          has_meeting |= g_strcmp0 (value, "staff-meeting") == 0;
          has_reflection |= g_strcmp0 (value, "reflection") == 0;
        }
      if (has_meeting && has_reflection)
        {
          g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                       _("The deck is for staff meetings and for reflection already; there is no other audience."));
          return NULL;
        }
      return string_node (has_meeting ? "reflection" : "staff-meeting");
    }

  g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
               /* Translators: %s is a place in a deck, such as /cards/2/title */
               _("Nothing can be added to “%s”."), array_path);
  return NULL;
}

/* The language new texts are written in: the one the app speaks, if it
 * has a translation for it, since that is what the defaults are in. */
static char *
default_language (void)
{
  const char * const *names = g_get_language_names ();

  if (g_strcmp0 (_("Coordinator"), "Coordinator") == 0)
    return g_strdup ("en");

  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize n = 0;

      while (g_ascii_islower (names[i][n]))
        n++;
      if ((n == 2 || n == 3) && (names[i][n] == '\0' || strchr ("_.@", names[i][n]) != NULL))
        return g_strndup (names[i], n);
    }
  return g_strdup ("en");
}

static const char *
author_name (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}

static JsonArray *
standard_roles (void)
{
  static const struct { const char *id; const char *name; const char *description; } roles[] = {
    { "coordinator", N_("Coordinator"),
      N_("Leads the conversation and makes sure everyone gets a chance to speak. Takes part in the discussion like everyone else.") },
    { "timekeeper", N_("Timekeeper"),
      N_("Keeps track of the time and tells the group when it is time to move on.") },
    { "scribe", N_("Scribe"),
      N_("Notes the important comments, and anything the group wants to take further.") },
  };
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      JsonObject *role = json_object_new ();

      json_object_set_string_member (role, "id", roles[i].id);
      json_object_set_string_member (role, "name", _(roles[i].name));
      json_object_set_string_member (role, "description", _(roles[i].description));
      json_array_add_object_element (array, role);
    }
  return array;
}

static JsonObject *
standard_introduction (void)
{
  JsonObject *introduction = json_object_new ();

  json_object_set_string_member (introduction, "title", _("Before we start"));
  json_object_set_string_member (introduction, "purpose",
                                 _("To talk about how our shared values show in everyday work, and to understand why others may see it differently."));
  json_object_set_array_member (introduction, "ground-rules",
                                string_array (_("Speak from your own experience."),
                                              _("Let others finish before you answer."),
                                              _("There are no wrong answers, and it is fine to disagree."),
                                              _("Leave out names and details that could identify anyone."),
                                              _("What is said in the group stays in the group."),
                                              NULL));
  return introduction;
}

static JsonObject *
standard_closing (void)
{
  JsonObject *closing = json_object_new ();

  json_object_set_string_member (closing, "id", "closing");
  json_object_set_string_member (closing, "kind", "closing");
  json_object_set_string_member (closing, "title", _("What do we take with us?"));
  json_object_set_array_member (closing, "questions",
                                string_array (_("What are we good at?"),
                                              _("Where can we improve?"),
                                              _("What do we want to keep working on together?"),
                                              NULL));
  return closing;
}

/**
 * vc_deck_document_build_new:
 * @kind: the kind of deck
 * @title: (nullable): its title
 *
 * Returns: (transfer full): the tree of a new deck of @kind
 */
JsonNode *
vc_deck_document_build_new (VcDeckKind  kind,
                            const char *title)
{
  static const char * const kind_names[] = {
    [VC_DECK_KIND_VALUES_GAME] = "values-game",
    [VC_DECK_KIND_DILEMMAS] = "dilemmas",
    [VC_DECK_KIND_QUESTIONS] = "questions",
    [VC_DECK_KIND_STATEMENTS] = "statements",
    [VC_DECK_KIND_MIXED] = "mixed",
  };
  JsonObject *root = json_object_new ();
  g_autofree char *slug = NULL;
  g_autofree char *id = NULL;
  g_autofree char *language = default_language ();

  if (title == NULL || *title == '\0')
    {
      switch (kind)
        {
        case VC_DECK_KIND_VALUES_GAME: title = _("Our Values Game"); break;
        case VC_DECK_KIND_DILEMMAS: title = _("Our Dilemmas"); break;
        case VC_DECK_KIND_QUESTIONS: title = _("Our Questions"); break;
        case VC_DECK_KIND_STATEMENTS: title = _("Our Statements"); break;
        case VC_DECK_KIND_MIXED:
        default: title = _("Our Deck"); break;
        }
    }

  slug = vc_deck_make_id (title);
  /* Unique without asking anyone: two teams that both call their deck
   * "Our values" must still be able to share theirs. */
  id = g_strdup_printf ("local.%s-%08x", slug, g_random_int ());

  json_object_set_int_member (root, "format-version", 1);
  json_object_set_string_member (root, "id", id);
  json_object_set_string_member (root, "version", "1.0");
  json_object_set_string_member (root, "kind", kind_names[kind]);
  json_object_set_string_member (root, "title", title);
  json_object_set_string_member (root, "source-language", language);
  json_object_set_array_member (root, "authors", string_array (author_name (), NULL));
  json_object_set_string_member (root, "license", "CC-BY-SA-4.0");
  json_object_set_array_member (root, "audience", string_array ("staff-meeting", "reflection", NULL));
  json_object_set_int_member (root, "minutes-per-card", kind == VC_DECK_KIND_VALUES_GAME ? 5 : 10);
  json_object_set_array_member (root, "roles", standard_roles ());
  json_object_set_object_member (root, "introduction", standard_introduction ());

  if (kind == VC_DECK_KIND_VALUES_GAME)
    {
      JsonObject *game = json_object_new ();

      json_object_set_string_member (game, "instructions",
                                     _("Lay out all the words and all the pictures where everyone can see them. Take turns: choose a word and a picture that belong together for you, and tell the others why. There are no right or wrong pairs: the talk is the point."));
      json_object_set_array_member (game, "words", json_array_new ());
      json_object_set_array_member (game, "images", json_array_new ());
      json_object_set_object_member (root, "values-game", game);
    }
  else
    json_object_set_array_member (root, "cards", json_array_new ());

  json_object_set_object_member (root, "closing", standard_closing ());

  return object_node (root);
}
