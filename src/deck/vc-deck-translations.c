/* vc-deck-translations.c
 *
 * Translations a deck carries: templates out, .po files in, and how much
 * of each language is done.
 *
 * A deck made by a team carries its translations inside itself, compiled
 * as gettext catalogs, so that the one file can be mailed. Translators
 * work with the usual tools: the deck gives a template (.pot), they make
 * a .po from it with msginit or any PO editor, and the deck takes the .po
 * back. The .po is read with GNU gettext's own parser, libgettextpo, and
 * compiled here as msgfmt would, leaving out what msgfmt leaves out:
 * messages marked fuzzy, and messages without a translation.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <setjmp.h>
#include <string.h>

#include <gettext-po.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vc-catalog.h"
#include "vc-deck-error.h"
#include "vc-deck-pot.h"
#include "vc-deck-translations.h"

#define CATALOG_PREFIX "data:application/x-gettext-translation;base64,"

void
vc_translation_status_free (VcTranslationStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->language);
  g_clear_pointer (&status->missing, g_ptr_array_unref);
  g_clear_pointer (&status->stale, g_ptr_array_unref);
  g_free (status);
}

/* libgettextpo reports problems through callbacks, and a fatal one must
 * not return; the reader's state lives here for the length of one read.
 * Reads are not done from two threads at once. */
typedef struct
{
  jmp_buf  fatal;
  GString *messages;
  guint    n_errors;
} PoReadState;

/* A file that is not a .po file at all gives a problem on every line;
 * the first few say enough. */
#define MAX_PROBLEMS_TOLD 3

static PoReadState *po_state;
G_LOCK_DEFINE_STATIC (po_lock);

static void
note_problem (int         severity,
              const char *filename,
              size_t      lineno,
              const char *text)
{
  if (severity == PO_SEVERITY_WARNING)
    return;

  if (++po_state->n_errors <= MAX_PROBLEMS_TOLD)
    {
      if (po_state->messages->len > 0)
        g_string_append (po_state->messages, "; ");
      if (lineno != (size_t)-1 && lineno > 0)
        /* Translators: a line number in a .po file, then what is wrong there */
        g_string_append_printf (po_state->messages, _("line %zu: %s"), lineno, text);
      else
        g_string_append (po_state->messages, text);
    }
}

static void
on_xerror (int          severity,
           po_message_t message,
           const char  *filename,
           size_t       lineno,
           size_t       column,
           int          multiline_p,
           const char  *message_text)
{
  note_problem (severity, filename, lineno, message_text);
  if (severity == PO_SEVERITY_FATAL_ERROR)
    longjmp (po_state->fatal, 1);
}

static void
on_xerror2 (int          severity,
            po_message_t message1,
            const char  *filename1,
            size_t       lineno1,
            size_t       column1,
            int          multiline_p1,
            const char  *message_text1,
            po_message_t message2,
            const char  *filename2,
            size_t       lineno2,
            size_t       column2,
            int          multiline_p2,
            const char  *message_text2)
{
  g_autofree char *text = g_strdup_printf ("%s %s", message_text1, message_text2);

  note_problem (severity, filename1, lineno1, text);
  if (severity == PO_SEVERITY_FATAL_ERROR)
    longjmp (po_state->fatal, 1);
}

static const struct po_xerror_handler handler = { on_xerror, on_xerror2 };

static char *
message_key (po_message_t message)
{
  const char *context = po_message_msgctxt (message);

  if (context != NULL)
    return g_strdup_printf ("%s\004%s", context, po_message_msgid (message));
  return g_strdup (po_message_msgid (message));
}

/* Reads the messages of @file into the two arrays, as msgfmt would keep
 * them, and counts the rest. */
static void
collect_messages (po_file_t   file,
                  GPtrArray  *msgids,
                  GPtrArray  *msgstrs,
                  VcPoCounts *counts)
{
  const char * const *domains = po_file_domains (file);

  for (guint d = 0; domains != NULL && domains[d] != NULL; d++)
    {
      po_message_iterator_t iter = po_message_iterator (file, domains[d]);
      po_message_t message;

      while ((message = po_next_message (iter)) != NULL)
        {
          const char *msgid = po_message_msgid (message);
          const char *msgstr = po_message_msgstr (message);
          gboolean header = *msgid == '\0' && po_message_msgctxt (message) == NULL;

          if (po_message_is_obsolete (message))
            continue;
          if (po_message_msgid_plural (message) != NULL)
            continue;   /* decks have no plural forms */
          if (!header && po_message_is_fuzzy (message))
            {
              counts->n_fuzzy++;
              continue;
            }
          if (msgstr == NULL || *msgstr == '\0')
            {
              if (!header)
                counts->n_untranslated++;
              continue;
            }
          if (!header)
            counts->n_translated++;
          g_ptr_array_add (msgids, message_key (message));
          g_ptr_array_add (msgstrs, g_strdup (msgstr));
        }
      po_message_iterator_free (iter);
    }
}

/**
 * vc_po_compile_file:
 * @po_path: a .po file
 * @counts: (out) (optional): how many messages were translated, fuzzy or
 *   not translated
 * @error: return location for an error
 *
 * Returns: (transfer full): the messages of @po_path as a compiled catalog
 */
GBytes *
vc_po_compile_file (const char  *po_path,
                    VcPoCounts  *counts,
                    GError     **error)
{
  g_autoptr(GPtrArray) msgids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) msgstrs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) messages = g_string_new (NULL);
  VcPoCounts local_counts = { 0, };
  PoReadState state = { .messages = messages };
  po_file_t file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf buf;

  g_return_val_if_fail (po_path != NULL, NULL);

  if (g_stat (po_path, &buf) != 0 || !S_ISREG (buf.st_mode))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND,
                   _("The translation file cannot be found, or is not a file. Choose the .po file itself."));
      return NULL;
    }
  if (buf.st_size > VC_CATALOG_MAX_SIZE)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_LARGE,
                   _("The translation file is too large to be a deck’s translation."));
      return NULL;
    }

  G_LOCK (po_lock);
  po_state = &state;
  if (setjmp (state.fatal) == 0)
    {
      file = po_file_read (po_path, &handler);
      if (file != NULL && state.n_errors == 0)
        collect_messages (file, msgids, msgstrs, &local_counts);
    }
  po_state = NULL;
  G_UNLOCK (po_lock);

  if (file != NULL)
    po_file_free (file);

  if (state.n_errors > MAX_PROBLEMS_TOLD)
    g_string_append_printf (messages,
                            /* Translators: after a list of problems in a .po file */
                            g_dngettext (GETTEXT_PACKAGE, ", and %u more problem", ", and %u more problems",
                                         state.n_errors - MAX_PROBLEMS_TOLD),
                            state.n_errors - MAX_PROBLEMS_TOLD);
  if (state.n_errors > 0 || file == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID,
                   /* Translators: %s lists what is wrong, with line numbers */
                   _("The translation file cannot be read: %s. Check it with “msgfmt --check” and try again."),
                   messages->len > 0 ? messages->str : _("it is not a .po file"));
      return NULL;
    }

  if (msgids->len > VC_DECK_MAX_CATALOG_ENTRIES)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_MANY,
                   _("The translation has %u entries; a deck can have at most %u."),
                   msgids->len, (guint)VC_DECK_MAX_CATALOG_ENTRIES);
      return NULL;
    }

  bytes = vc_catalog_build (msgids, msgstrs);
  if (!vc_catalog_check (bytes, NULL, error))
    return NULL;

  if (counts != NULL)
    *counts = local_counts;
  return g_steal_pointer (&bytes);
}

static VcDeck *
load_for_strings (VcDeckDocument  *self,
                  GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  VcDeck *deck;

  deck = vc_deck_document_check (self, VC_DECK_LOAD_NO_TRANSLATE | VC_DECK_LOAD_COLLECT_STRINGS,
                                 NULL, &local_error);
  if (deck == NULL)
    g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID,
                 _("The deck has errors, so its texts cannot be listed for translation yet. Fix the errors first."));
  return deck;
}

/**
 * vc_deck_document_dup_template:
 * @self: a #VcDeckDocument
 * @error: return location for an error
 *
 * Returns: (transfer full): a translation template (.pot) of the deck's
 *   texts, as `value-cards-deck pot` writes it
 */
char *
vc_deck_document_dup_template (VcDeckDocument  *self,
                               GError         **error)
{
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *reference = NULL;
  GFile *file;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if ((deck = load_for_strings (self, error)) == NULL)
    return NULL;

  file = vc_deck_document_get_file (self);
  reference = file ? g_file_get_basename (file) : g_strdup ("deck.vcdeck");
  return vc_deck_pot_build (deck, reference);
}

gboolean
vc_deck_is_language_code (const char *language)
{
  return language != NULL &&
         g_regex_match_simple ("^[a-z]{2,3}([_-][A-Za-z0-9]+)*$", language, 0, 0);
}

/**
 * vc_deck_document_add_translation:
 * @self: a #VcDeckDocument
 * @language: the language of the translation, such as "sv"
 * @po_path: a .po file
 * @counts: (out) (optional): what the .po file held
 * @error: return location for an error
 *
 * Compiles @po_path and puts it in the deck as its translation into
 * @language, replacing an earlier one. One undo step.
 */
gboolean
vc_deck_document_add_translation (VcDeckDocument  *self,
                                  const char      *language,
                                  const char      *po_path,
                                  VcPoCounts      *counts,
                                  GError         **error)
{
  g_autoptr(GBytes) catalog = NULL;
  g_autoptr(JsonNode) value = NULL;
  g_autofree char *encoded = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;
  const char *source;
  gboolean ok;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!vc_deck_is_language_code (language))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                   _("“%s” is not a language code. Use a code such as “sv” or “pt_BR”."), language);
      return FALSE;
    }
  source = vc_deck_document_get_string (self, "/source-language");
  if (g_strcmp0 (source, language) == 0)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                   _("The deck is written in “%s” already; a translation is into another language."), language);
      return FALSE;
    }

  catalog = vc_po_compile_file (po_path, counts, error);
  if (catalog == NULL)
    return FALSE;

  encoded = g_base64_encode (g_bytes_get_data (catalog, NULL), g_bytes_get_size (catalog));
  uri = g_strconcat (CATALOG_PREFIX, encoded, NULL);
  path = g_strconcat ("/translations/", language, NULL);

  /* Translators: an undo step; %s is a language code */
  label = g_strdup_printf (C_("undo", "Add Translation (%s)"), language);
  vc_deck_document_begin_step (self, label);
  ok = TRUE;
  if (vc_deck_document_get_node (self, "/translations") == NULL)
    {
      g_autoptr(JsonNode) empty = json_node_init_object (json_node_alloc (), NULL);
      JsonObject *object = json_object_new ();

      json_node_take_object (empty, object);
      ok = vc_deck_document_set_node (self, "/translations", empty, error);
    }
  value = json_node_init_string (json_node_alloc (), uri);
  ok = ok && vc_deck_document_set_node (self, path, value, error);
  vc_deck_document_end_step (self);
  return ok;
}

static VcCatalog *
decode_catalog (JsonNode *value)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *uri;
  guchar *data;
  gsize length;

  if (json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  uri = json_node_get_string (value);
  if (!g_str_has_prefix (uri, CATALOG_PREFIX))
    return NULL;

  data = g_base64_decode (uri + strlen (CATALOG_PREFIX), &length);
  bytes = g_bytes_new_take (data, length);
  if (!vc_catalog_check (bytes, NULL, NULL))
    return NULL;
  return vc_catalog_new_from_bytes (bytes, NULL);
}

/**
 * vc_deck_document_dup_catalog:
 * @self: a #VcDeckDocument
 * @language: a language code
 *
 * Returns: (transfer full) (nullable): the deck's own translation into
 *   @language, or %NULL if it carries none that can be read
 */
VcCatalog *
vc_deck_document_dup_catalog (VcDeckDocument *self,
                              const char     *language)
{
  g_autofree char *path = NULL;
  JsonNode *value;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if (!vc_deck_is_language_code (language))
    return NULL;
  path = g_strconcat ("/translations/", language, NULL);
  value = vc_deck_document_get_node (self, path);
  return value != NULL ? decode_catalog (value) : NULL;
}

/**
 * vc_deck_catalog_to_uri:
 * @catalog: a compiled catalog
 *
 * Returns: (transfer full): @catalog as a deck carries it
 */
char *
vc_deck_catalog_to_uri (GBytes *catalog)
{
  g_autofree char *encoded = g_base64_encode (g_bytes_get_data (catalog, NULL), g_bytes_get_size (catalog));

  return g_strconcat (CATALOG_PREFIX, encoded, NULL);
}

/**
 * vc_deck_document_list_translations:
 * @self: a #VcDeckDocument
 * @error: return location for an error
 *
 * For each language the deck carries: how many of its texts are
 * translated, which are not, and which translations belong to texts the
 * deck no longer has, because the text changed after it was translated.
 *
 * Returns: (transfer full) (element-type VcTranslationStatus): the
 *   languages in the order of the deck, or %NULL if the deck has errors
 */
GPtrArray *
vc_deck_document_list_translations (VcDeckDocument  *self,
                                    GError         **error)
{
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GList) languages = NULL;
  JsonNode *translations;
  GPtrArray *strings;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if ((deck = load_for_strings (self, error)) == NULL)
    return NULL;

  strings = vc_deck_get_strings (deck);
  for (guint i = 0; i < strings->len; i++)
    g_hash_table_add (texts, ((VcDeckString *)g_ptr_array_index (strings, i))->msgid);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_translation_status_free);
  translations = vc_deck_document_get_node (self, "/translations");
  if (translations == NULL || !JSON_NODE_HOLDS_OBJECT (translations))
    return g_steal_pointer (&result);

  languages = json_object_get_members (json_node_get_object (translations));
  for (const GList *l = languages; l != NULL; l = l->next)
    {
      g_autoptr(VcCatalog) catalog = NULL;
      g_autoptr(GPtrArray) msgids = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      VcTranslationStatus *status = g_new0 (VcTranslationStatus, 1);

      status->language = g_strdup (l->data);
      status->missing = g_ptr_array_new_with_free_func (g_free);
      status->stale = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (result, status);

      catalog = decode_catalog (json_object_get_member (json_node_get_object (translations), l->data));
      status->n_strings = g_hash_table_size (texts);

      /* In the order of the deck, so the list reads like the deck. */
      for (guint i = 0; i < strings->len; i++)
        {
          const char *msgid = ((VcDeckString *)g_ptr_array_index (strings, i))->msgid;

          if (!g_hash_table_add (seen, (gpointer)msgid))
            continue;
          if (catalog != NULL && vc_catalog_contains (catalog, msgid))
            status->n_translated++;
          else
            g_ptr_array_add (status->missing, g_strdup (msgid));
        }

      if (catalog == NULL)
        continue;
      msgids = vc_catalog_dup_msgids (catalog);
      for (guint i = 0; i < msgids->len; i++)
        if (!g_hash_table_contains (texts, g_ptr_array_index (msgids, i)))
          g_ptr_array_add (status->stale, g_strdup (g_ptr_array_index (msgids, i)));
    }

  return g_steal_pointer (&result);
}

static GBytes *
catalog_for_deck (const char *mo_path,
                  const char *language,
                  GPtrArray  *strings)
{
  g_autoptr(GPtrArray) msgids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) msgstrs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(VcCatalog) catalog = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GMappedFile) mapped = NULL;

  mapped = g_mapped_file_new (mo_path, FALSE, NULL);
  if (mapped == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (mapped);
  if (!vc_catalog_check (bytes, language, NULL) ||
      (catalog = vc_catalog_new_from_bytes (bytes, NULL)) == NULL)
    return NULL;

  for (guint i = 0; i < strings->len; i++)
    {
      const char *msgid = ((VcDeckString *)g_ptr_array_index (strings, i))->msgid;

      if (!g_hash_table_add (seen, (gpointer)msgid) || !vc_catalog_contains (catalog, msgid))
        continue;
      g_ptr_array_add (msgids, g_strdup (msgid));
      g_ptr_array_add (msgstrs, g_strdup (vc_catalog_lookup (catalog, msgid)));
    }
  if (msgids->len == 0)
    return NULL;

  g_ptr_array_add (msgids, g_strdup (""));
  g_ptr_array_add (msgstrs, g_strdup_printf ("Content-Type: text/plain; charset=UTF-8\nLanguage: %s\n", language));
  return vc_catalog_build (msgids, msgstrs);
}

/**
 * vc_deck_document_embed_app_translations:
 * @self: a #VcDeckDocument of a deck translated with the app's own catalogs
 * @error: return location for an error
 *
 * A built-in deck is translated with the app's catalogs. A copy of it made
 * to be changed and mailed carries its translations itself instead: for
 * each language the app is translated into, the translations of the
 * deck's texts go into "translations", and "translation-domain" goes. One
 * undo step; a deck with its own translations is left as it is.
 */
gboolean
vc_deck_document_embed_app_translations (VcDeckDocument  *self,
                                         GError         **error)
{
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *localedir;
  const char *name;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (g_strcmp0 (vc_deck_document_get_string (self, "/translation-domain"), GETTEXT_PACKAGE) != 0)
    return TRUE;
  if ((deck = load_for_strings (self, error)) == NULL)
    return FALSE;

  localedir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  vc_deck_document_begin_step (self, C_("undo", "Put Translations Inside the Deck"));
  dir = localedir ? g_dir_open (localedir, 0, NULL) : NULL;
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *mo = g_build_filename (localedir, name, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      g_autofree char *path = NULL;
      g_autofree char *encoded = NULL;
      g_autofree char *uri = NULL;
      g_autoptr(GBytes) catalog = NULL;
      g_autoptr(JsonNode) value = NULL;

      if (!vc_deck_is_language_code (name) || !g_file_test (mo, G_FILE_TEST_IS_REGULAR) ||
          g_strcmp0 (name, vc_deck_document_get_string (self, "/source-language")) == 0)
        continue;
      catalog = catalog_for_deck (mo, name, vc_deck_get_strings (deck));
      if (catalog == NULL)
        continue;

      if (vc_deck_document_get_node (self, "/translations") == NULL)
        {
          g_autoptr(JsonNode) empty = json_node_init_object (json_node_alloc (), NULL);

          json_node_take_object (empty, json_object_new ());
          vc_deck_document_set_node (self, "/translations", empty, NULL);
        }
      encoded = g_base64_encode (g_bytes_get_data (catalog, NULL), g_bytes_get_size (catalog));
      uri = g_strconcat (CATALOG_PREFIX, encoded, NULL);
      value = json_node_init_string (json_node_alloc (), uri);
      path = g_strconcat ("/translations/", name, NULL);
      vc_deck_document_set_node (self, path, value, NULL);
    }
  vc_deck_document_unset (self, "/translation-domain", NULL);
  vc_deck_document_end_step (self);
  return TRUE;
}
