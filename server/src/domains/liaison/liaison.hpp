#pragma once
// The liaison tree (多层联络联系): chair → standing members → members → the public. Staff assign the
// links; whoever made a contact logs it (date, form, people, issues raised, follow-up), usually from a phone.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/error.hpp"
#include "storage/db.hpp"

namespace zhixie::liaison {

struct LinkQuery {
    std::string level;                 // chair_standing | standing_member | member_public
    std::optional<int64_t> member_id;  // links from or to this member
};
nlohmann::json list_links(storage::Db& db, const auth::Principal& me, const LinkQuery& q);

struct NewLink {
    std::string level;
    int64_t from_member_id = 0;
    std::optional<int64_t> to_member_id;
    // for member_public: the contact person
    std::string contact_name, contact_phone, contact_address, contact_note;
};
nlohmann::json create_link(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewLink& l);
void end_link(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id);

// Links with no logged contact in the quarter ("2026Q4"; default: this quarter).
nlohmann::json uncontacted(storage::Db& db, const auth::Principal& me, const std::string& quarter);

struct NewLog {
    int64_t link_id = 0;
    std::string contact_date;
    std::string form;  // 走访 电话 座谈 微信 来访 其他
    std::string people, issues, follow_up;
};
// Staff may log for any link; a member only for links that start from them (404 otherwise).
nlohmann::json add_log(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                       const NewLog& l, bool as_staff);
nlohmann::json list_logs(storage::Db& db, const auth::Principal& me, int64_t link_id);
// The signed-in member's own links with their last contact.
nlohmann::json my_links(storage::Db& db, const auth::Principal& me);
// A member adds one of their own public contacts (creates a member_public link from them).
nlohmann::json add_my_contact(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewLink& l);

}  // namespace zhixie::liaison
