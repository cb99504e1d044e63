#pragma once
// The rules library (制度汇编): working rules by category, each a chain of versions — established, revised
// (a new version; the old ones are kept with the dates they were in force) and abolished ("废改立"). Search
// by title and text, yearly counts of what was established, revised and abolished, and a printable
// compilation.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::rules {

extern const std::vector<std::string> kCategories;  // 履职 内控 党建 其他
const FieldLabels& labels();

// ---- shared by the use cases (rule_record.cpp) ----
// The rule with every version, oldest first, each with the day it stopped being in force (404 if not this
// committee's).
nlohmann::json rule_json(storage::Tx& tx, int64_t committee_id, int64_t id);
// Title (unique among the rules in force; self: the rule being edited), category and document number.
void check_heading(storage::Tx& tx, int64_t committee_id, const std::string& title,
                   const std::string& category, const std::string& doc_number, int64_t self, FieldErrors& e);
// SQL "CASE r.category WHEN '履职' THEN 0 … END" so lists follow the categories' order.
std::string category_order();

// ---- use cases ----
struct RuleQuery {
    std::string q;  // title, document number or current text; traditional characters match too
    std::string category;
    std::string status;  // in_force | abolished
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_rules(storage::Db& db, const auth::Principal& me, const RuleQuery& q);
nlohmann::json get_rule(storage::Db& db, const auth::Principal& me, int64_t id);

struct NewRule {
    std::string title, category, doc_number, body, effective_from, note;
    int64_t sort = 0;
};
// Establishes (立) a rule: its first version.
nlohmann::json establish_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewRule& r);

struct RuleEdit {
    std::string title, category, doc_number;
    int64_t sort = 0;
    int64_t version = 0;
};
// Corrects the rule's title, category, number or place; the text changes only by revision.
nlohmann::json update_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t id, const RuleEdit& e);

struct Revision {
    std::string body, effective_from, note;
    int64_t version = 0;
};
// Revises (改) a rule: a new version in force from a date after the previous version's.
nlohmann::json revise_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t id, const Revision& r);

struct Abolition {
    std::string abolished_on, reason;
    int64_t version = 0;
};
// Abolishes (废) a rule; its versions stay on record.
nlohmann::json abolish_rule(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, const Abolition& a);

// What was established, revised and abolished in a year, by category, and what is in force now.
nlohmann::json rules_summary(storage::Db& db, const auth::Principal& me, int year);

// The compilation (汇编) of the rules in force on a day (default today), by category, as a print page.
std::string rules_compilation(storage::Db& db, const auth::Principal& me, const std::string& as_of,
                              const std::string& category);

}  // namespace zhixie::office::rules
