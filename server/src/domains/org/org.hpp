#pragma once
// The committee's organisation (组织架构): working bodies (工作机构) with their authorised posts (编制) and
// dated history, the staffing view and the Party organisation tree (党组织). (Terms are the members'.)
// Sectors, township groups, studios and handling units are in lists.hpp. Every function is scoped by the
// caller's committee: another committee's id is 404.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::org {

// ---- checks shared by the organisation and staff use cases ----

// 409 stale_version unless `current` (an object's JSON) carries `expected` as its version.
void check_version(const nlohmann::json& current, int64_t expected);
// A date field: normalised to YYYY-MM-DD; "" allowed unless required (400 missing_field / invalid_field).
std::string check_date(const std::string& field, const std::string& value, bool required);
// 400 invalid_field unless value is one of choices.
void check_choice(const std::string& field, const std::string& value,
                  const std::vector<std::string>& choices);
// 400 invalid_field unless the member exists in the committee (nullopt passes).
void check_member(storage::Tx& tx, int64_t committee_id, const std::optional<int64_t>& member_id,
                  const std::string& field);

// 400 invalid_field unless the body exists in the committee and is not abolished (nullopt passes).
void check_body(storage::Tx& tx, int64_t committee_id, const std::optional<int64_t>& body_id,
                const std::string& field);
// Column changes for an UPDATE: only what was given.
using Changes = std::vector<std::pair<std::string, storage::Value>>;
// UPDATE table SET changes…, version = version + 1 WHERE id, committee and version match;
// 409 stale_version when none did. Table and column names come from code, never from input.
void update_versioned(storage::Tx& tx, const std::string& table, int64_t committee_id, int64_t id,
                      int64_t version, const Changes& changes);

// ---- working bodies ----

inline const std::vector<std::string> kBodyKinds{"office", "special_committee", "centre", "other"};
inline const std::vector<std::string> kPostKinds{"leader", "staff"};

struct PostSpec {
    std::string post_kind;  // leader | staff
    std::string title;      // 主任, 副主任, 科员…
    int64_t authorised = 0;
};

struct NewBody {
    int64_t committee_id = 0;
    std::string name;
    std::string kind;
    std::string established_on;  // "" → today; recorded as the 'established' event
    int64_t sort = 0;
    std::vector<PostSpec> posts;
    std::string note;
};
int64_t create_body(storage::Tx& tx, const audit::Actor& actor, const NewBody& b);
nlohmann::json add_body(storage::Db& db, const audit::Actor& actor, const NewBody& b);

nlohmann::json list_bodies(storage::Db& db, const auth::Principal& me, bool include_abolished);
// One body with its posts, the people in it and its events.
nlohmann::json body_json(storage::Tx& tx, int64_t committee_id, int64_t id);
nlohmann::json get_body(storage::Db& db, const auth::Principal& me, int64_t id);

struct BodyChange {
    int64_t id = 0;
    int64_t version = 0;
    std::optional<std::string> name;  // a new name records a 'renamed' event dated on_date
    std::optional<std::string> kind;
    std::optional<int64_t> sort;
    std::optional<std::string> on_date;
    std::optional<std::string> note;
};
nlohmann::json update_body(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                           const BodyChange& c);

struct BodyEvent {
    int64_t body_id = 0;
    std::string event;  // renamed | merged | abolished
    std::string on_date;
    std::string new_name;                 // renamed
    std::optional<int64_t> into_body_id;  // merged: the body that takes over its people and posts
    std::string note;
};
// Renames, merges (people and posts move to the other body, this one closes) or abolishes (only
// when nobody is left in it) a body, recording the dated event.
void record_body_event(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor, const BodyEvent& e);
nlohmann::json apply_body_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                const BodyEvent& e);

// Replaces a body's authorised posts (bumps the body's version).
nlohmann::json set_body_posts(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t body_id, int64_t version, const std::vector<PostSpec>& posts);
void replace_posts(storage::Tx& tx, int64_t committee_id, int64_t body_id,
                   const std::vector<PostSpec>& posts);

// Per active body: authorised vs filled posts, vacancies, over-establishment and the one-person flag.
nlohmann::json staffing(storage::Db& db, const auth::Principal& me);

struct HistoryQuery {
    std::optional<int64_t> body_id;
    std::string from;  // YYYY-MM-DD, inclusive
    std::string to;
};
// The dated events, oldest first, each with the structure (一室五委…) in force after it.
nlohmann::json history(storage::Db& db, const auth::Principal& me, const HistoryQuery& q);

// ---- the Party organisation (政协党组 → 机关党组 → 党支部 → 党小组) ----

inline const std::vector<std::string> kPartyOrgKinds{"leading_group", "organ_group", "branch", "cell"};
inline const std::vector<std::string> kPartyRoles{"书记", "副书记", "组长", "副组长", "委员", "成员"};

struct NewPartyOrg {
    int64_t committee_id = 0;
    std::string name;
    std::string kind;
    std::optional<int64_t> parent_id;  // a level above (none for the leading group)
    std::optional<int64_t> body_id;    // the working body a branch or cell belongs to
    int64_t sort = 0;
};
int64_t create_party_org(storage::Tx& tx, const audit::Actor& actor, const NewPartyOrg& o);
nlohmann::json add_party_org(storage::Db& db, const audit::Actor& actor, const NewPartyOrg& o);

struct PartyOrgChange {
    int64_t id = 0;
    int64_t version = 0;
    std::optional<std::string> name;
    std::optional<int64_t> sort;
    std::optional<std::optional<int64_t>> parent_id;  // set, or set to none
    std::optional<std::optional<int64_t>> body_id;
};
nlohmann::json update_party_org(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                const PartyOrgChange& c);
// Refused (409 in_use) while it has sub-organisations; its members go with it.
void delete_party_org(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id);

nlohmann::json party_tree(storage::Db& db, const auth::Principal& me);
nlohmann::json party_org_json(storage::Tx& tx, int64_t committee_id, int64_t id);
nlohmann::json get_party_org(storage::Db& db, const auth::Principal& me, int64_t id);

struct NewPartyMember {
    int64_t party_org_id = 0;
    std::string person_kind;  // staff | member
    int64_t person_id = 0;
    std::string role;
};
void add_party_member(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor,
                      const NewPartyMember& m);
// Adds the person and returns the organisation with its members.
nlohmann::json join_party_org(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              const NewPartyMember& m);
void remove_party_member(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id);

}  // namespace zhixie::org
