/* vc-json-check.h
 *
 * A strict check of JSON text, done before any parser sees it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * VcJsonCheckResult:
 *
 * The first thing that keeps a text from being JSON as RFC 8259 defines it,
 * or from being a JSON text that every reader takes the same way.
 */
typedef enum
{
  VC_JSON_CHECK_OK,
  VC_JSON_CHECK_EMPTY,                  /* nothing but white space */
  VC_JSON_CHECK_BOM,                    /* a byte order mark at the start */
  VC_JSON_CHECK_INVALID_UTF8,
  VC_JSON_CHECK_TOO_DEEP,               /* more open lists and objects than allowed */
  VC_JSON_CHECK_TRAILING_DATA,          /* something after the value */
  VC_JSON_CHECK_SINGLE_QUOTE,
  VC_JSON_CHECK_COMMENT,                /* / or # outside a text */
  VC_JSON_CHECK_CONTROL_CHARACTER,      /* a raw control character in a text */
  VC_JSON_CHECK_UNTERMINATED_STRING,
  VC_JSON_CHECK_INVALID_ESCAPE,         /* \x41, \a, \' … */
  VC_JSON_CHECK_INVALID_UNICODE_ESCAPE, /* \u without four hexadecimal digits */
  VC_JSON_CHECK_NUL_ESCAPE,             /* \u0000 */
  VC_JSON_CHECK_LONE_SURROGATE,         /* \ud800 without its other half */
  VC_JSON_CHECK_LEADING_ZERO,           /* 015 */
  VC_JSON_CHECK_HEX_NUMBER,             /* 0x0f */
  VC_JSON_CHECK_PLUS_SIGN,              /* +1 */
  VC_JSON_CHECK_INVALID_NUMBER,         /* .5, 1., 1e, - */
  VC_JSON_CHECK_NOT_A_NUMBER,           /* NaN, Infinity */
  VC_JSON_CHECK_BAREWORD,               /* a word that is not true, false or null */
  VC_JSON_CHECK_MISSING_VALUE,
  VC_JSON_CHECK_MISSING_COMMA,
  VC_JSON_CHECK_TRAILING_COMMA,
  VC_JSON_CHECK_MISSING_COLON,
  VC_JSON_CHECK_MEMBER_NAME_EXPECTED,
  VC_JSON_CHECK_EMPTY_MEMBER_NAME,
  VC_JSON_CHECK_MISMATCHED_BRACKET,
  VC_JSON_CHECK_UNEXPECTED_CHARACTER,
  VC_JSON_CHECK_TRUNCATED,              /* the text ends inside a list or an object */
  VC_JSON_CHECK_DUPLICATE_MEMBER,       /* a name twice in one object */
} VcJsonCheckResult;

VcJsonCheckResult  vc_json_check           (const char        *data,
                                            gsize              size,
                                            guint              max_depth,
                                            gsize             *offset);
VcJsonCheckResult  vc_json_check_parse     (const char        *data,
                                            gsize              size,
                                            guint              max_depth,
                                            gsize             *offset,
                                            JsonNode         **root);
char              *vc_json_check_string_at (const char        *data,
                                            gsize              size,
                                            gsize              offset);
void               vc_json_check_position  (const char        *data,
                                            gsize              size,
                                            gsize              offset,
                                            guint             *line,
                                            guint             *column);
void               vc_json_check_describe  (VcJsonCheckResult  result,
                                            const char        *data,
                                            gsize              size,
                                            gsize              offset,
                                            guint              max_depth,
                                            char             **message,
                                            char             **hint);
VcJsonCheckResult  vc_json_check_explain   (const char        *data,
                                            gsize              size,
                                            guint              max_depth,
                                            guint             *line,
                                            guint             *column,
                                            char             **message,
                                            char             **hint,
                                            JsonNode         **root);

G_END_DECLS
