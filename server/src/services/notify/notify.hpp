#pragma once
// In-app notifications (站内消息): what a user is told — a meeting invitation, a deadline 30/7/0 days away, a
// case waiting for them. send() writes inside the caller's transaction, so a notification exists exactly when
// the act that caused it committed. A dedup key makes a reminder idempotent: a timed job that runs twice (or
// on two instances) tells each user once.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "storage/db.hpp"

namespace zhixie::notify {

struct Message {
    int64_t committee_id = 0;
    std::string kind;   // meeting_invited, proposal_deadline, task_overdue …
    std::string title;  // shown in the inbox, in Chinese (the committee's working language)
    std::string body;
    std::string link;                      // a path in the web UI, e.g. "/meetings/12"
    std::optional<std::string> dedup_key;  // at most one message per user and key
};

// Sends the message to each user; returns how many were newly written (a duplicate key is skipped).
int64_t send(storage::Tx& tx, const Message& m, const std::vector<int64_t>& user_ids);

// The users of this committee that are linked to these members (members without an account are skipped).
std::vector<int64_t> users_of_members(storage::Tx& tx, int64_t committee_id,
                                      const std::vector<int64_t>& member_ids);

// A user's inbox, newest first: {"items":[{id,kind,title,body,link,created_at,read_at}],"total","unread"}.
nlohmann::json inbox(storage::Tx& tx, int64_t committee_id, int64_t user_id, bool unread_only, int64_t page,
                     int64_t page_size);

// Marks one message (or, with no id, all of them) read; returns how many changed. Another user's message is
// never touched.
int64_t mark_read(storage::Tx& tx, int64_t committee_id, int64_t user_id, std::optional<int64_t> id);

}  // namespace zhixie::notify
