#pragma once
// Care — the "七封信": congratulation letters to serving and retired staff on a birthday, moving house, a
// child's wedding, a birth, a child's enlistment or college admission, and condolence letters on illness or
// death. Birthdays come from the staff records and appear in the month's to-do list with the events staff
// registered; letters come from the committee's templates (editable, with {fields}); each letter is logged
// against its event, so no one is missed and no one is written to twice.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::care {

extern const std::vector<std::string> kKinds;         // birthday, then the registered kinds
extern const std::vector<std::string> kEventKinds;    // moving_house … death (registered by staff)
extern const std::vector<std::string> kPlaceholders;  // {name} {date} {committee} …
// 生日, 乔迁新居 …
std::string kind_name(const std::string& kind);
bool is_condolence(const std::string& kind);  // illness, death
const FieldLabels& labels();

// ---- templates ----
// Every kind with the committee's template, or the built-in one where the committee has not written its own.
nlohmann::json list_templates(storage::Db& db, const auth::Principal& me);
struct TemplateFields {
    std::string kind, title, body;
    std::optional<int64_t> version;  // of the committee's template being replaced (409 if stale)
};
nlohmann::json save_template(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const TemplateFields& t);

// ---- events and the to-do list ----
struct NewEvent {
    int64_t staff_id = 0;
    std::string kind, event_date, detail;
};
nlohmann::json register_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewEvent& e);
// An event with no letter yet can be withdrawn (registered by mistake); 409 once written for.
void delete_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id);
// The month's birthdays (serving and retired staff) and registered events, plus earlier events still waiting
// for their letter; each with the letter written for it, if any.
nlohmann::json care_todo(storage::Db& db, const auth::Principal& me, const std::string& month);

// ---- letters ----
struct LetterRequest {
    std::optional<int64_t> event_id;  // a registered event, or
    std::optional<int64_t> staff_id;  // a birthday: the staff member and the year
    std::optional<int64_t> year;      // default: this year
};
// Writes the letter from the template and logs it; 409 letter_already_written for an event written for.
nlohmann::json write_letter(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const LetterRequest& r);
// Writes every letter the month's to-do list still waits for: {"written":[…], "total"}.
nlohmann::json write_month_letters(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                   Lang lang, const std::string& month);
nlohmann::json list_letters(storage::Db& db, const auth::Principal& me, std::optional<int> year,
                            std::optional<int64_t> staff_id);
nlohmann::json get_letter(storage::Db& db, const auth::Principal& me, int64_t id);
// One or many letters on a print page, one letter per sheet (404 if any is not this committee's).
std::string print_letters(storage::Db& db, const auth::Principal& me, const std::vector<int64_t>& ids);

// ---- shared by the use cases ----
// care_todo.cpp: the to-do items of a month (see care_todo).
nlohmann::json todo_items(storage::Tx& tx, const auth::Principal& me, const std::string& month);
// write_letter.cpp: writes one letter inside the caller's transaction.
nlohmann::json write_letter_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const LetterRequest& r);
// care_record.cpp:
// Replaces each {field} with its value; unknown fields stay as they are.
std::string render(const std::string& text, const std::vector<std::pair<std::string, std::string>>& fields);
// The committee's template for a kind (title, body, id, version), or the built-in one (id null).
nlohmann::json template_for(storage::Tx& tx, int64_t committee_id, const std::string& kind);
nlohmann::json letter_json(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 if not this committee's
// The day a staff member turns a year older in a given year (29 February → 28 in common years).
std::string birthday_in(const std::string& birth_date, int year);

}  // namespace zhixie::office::care
