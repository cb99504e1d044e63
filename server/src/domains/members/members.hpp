#pragma once
// Members (委员) of a committee, per term (届): their record, special-committee posts, sign-in accounts,
// contact-detail changes that staff approve, roster import/export, and rolling a term over.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "services/import/table.hpp"
#include "storage/db.hpp"

namespace zhixie::members {

struct MemberFields {
    std::string name;
    std::string gender;
    std::string ethnicity = "汉族";
    std::string birth_date;
    std::string id_card;
    std::string political_affiliation;
    std::optional<int64_t> sector_id;
    bool is_standing = false;
    std::string cppcc_post = "委员";
    std::string work_unit;
    std::string job_title;
    std::string phone;
    std::string address;
    std::optional<int64_t> township_group_id;
    std::optional<int64_t> studio_id;
    std::string status = "在任";
    std::string status_date;
    std::vector<std::pair<int64_t, std::string>> bodies;  // special committee id, post in it
};

const FieldLabels& labels();
extern const std::vector<std::string> kPosts;     // 主席 副主席 秘书长 常委 委员
extern const std::vector<std::string> kStatuses;  // 在任 辞去 撤销 届满

// ---- shared by the use cases (member_record.cpp) ----
MemberFields fields_from_json(const nlohmann::json& body);
// Checks the fields' own form (no database).
void validate_fields(const MemberFields& f, FieldErrors& errors);
// Checks fields and references (sector, group, studio, bodies belong to the committee) and uniqueness of
// id card and phone within the committee's term. self: the member being edited.
void validate(storage::Tx& tx, int64_t committee_id, int64_t term_id, const MemberFields& f,
              std::optional<int64_t> self, FieldErrors& errors);
int64_t insert_member(storage::Tx& tx, int64_t committee_id, int64_t term_id, const std::string& person_uid,
                      const MemberFields& f);
// Returns the rows changed (0: stale version or not this committee's).
int64_t update_member_row(storage::Tx& tx, int64_t committee_id, int64_t id, int64_t version,
                          const MemberFields& f);
// fresh: a new member, nothing to replace
void write_bodies(storage::Tx& tx, int64_t member_id, const MemberFields& f, bool fresh);
int64_t current_term(storage::Tx& tx, int64_t committee_id);                    // 422 no_current_term
nlohmann::json member_json(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 if not this committee's

// ---- use cases ----
struct MemberQuery {
    std::optional<int64_t> term_id;  // default: the current term
    std::string q;                   // name, pinyin initials (zsf) or pinyin (zhangsan)
    std::optional<int64_t> sector_id;
    std::optional<int64_t> body_id;
    std::optional<int64_t> township_group_id;
    std::string status;
    std::optional<bool> standing;
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_members(storage::Db& db, const auth::Principal& me, const MemberQuery& q);
nlohmann::json get_member(storage::Db& db, const auth::Principal& me, int64_t id);
nlohmann::json create_member(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const MemberFields& f);
nlohmann::json update_member(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t id, int64_t version, const MemberFields& f);
// Creates a sign-in account (role 委员, username = phone) with a one-time initial password.
nlohmann::json enable_account(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t id);

struct NewTerm {
    int64_t number = 0;
    std::string name;  // 第十届
    std::string start_date;
    std::vector<int64_t> continuing;  // members of the current term who continue
};
// Opens a new term: continuing members are carried over (same person), the others end as 届满.
nlohmann::json roll_over_term(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewTerm& t);
nlohmann::json list_terms(storage::Db& db, const auth::Principal& me);

// Self-service and staff approval of contact details (phone, address, work unit, job title).
nlohmann::json my_member(storage::Db& db, const auth::Principal& me);
nlohmann::json request_contact_change(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                      Lang lang, const nlohmann::json& changes);
nlohmann::json list_contact_changes(storage::Db& db, const auth::Principal& me, const std::string& status);
nlohmann::json decide_contact_change(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                     int64_t id, bool approve, const std::string& note);

// Roster import: preview (commit=false) returns every row with its problems; commit stores all or nothing.
nlohmann::json import_members(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const std::string& bytes, const std::string& filename,
                              import::Encoding enc, bool commit);
// The filtered list as an .xlsx file.
std::string export_members(storage::Db& db, const auth::Principal& me, MemberQuery q);

}  // namespace zhixie::members
