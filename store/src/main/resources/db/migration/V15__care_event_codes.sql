-- The person's care log stores what happened as a code (store.care.CareAction), worded when shown
-- (words.CareLog), and in detail only the particulars: the address an invitation was e-mailed to,
-- the weeks of a report, a change's or a decision's summary and reason. The English lines written
-- before become codes; a line of any other wording is left as it was, and the log shows it as written.

UPDATE care_events SET action = 'INVITED', detail = ''
    WHERE action = 'invited' AND detail = 'an invitation code, valid for 7 days';
-- 'an invitation code to ' is 22 characters, ', valid for 7 days' 18.
UPDATE care_events SET action = 'INVITATION_MAILED', detail = SUBSTR(detail, 23, LENGTH(detail) - 40)
    WHERE action = 'mailed' AND detail LIKE 'an invitation code to %, valid for 7 days';
UPDATE care_events SET action = 'ACCESS_GRANTED', detail = ''
    WHERE action = 'accepted' AND detail = 'access to your record';
UPDATE care_events SET action = 'RECORD_VIEWED', detail = ''
    WHERE action = 'viewed' AND detail = 'your record';
UPDATE care_events SET action = 'REPORT_VIEWED', detail = '12'
    WHERE action = 'viewed' AND detail = 'your report (last 12 weeks)';
UPDATE care_events SET action = 'ASSESSMENT_VIEWED', detail = ''
    WHERE action = 'viewed' AND detail = 'your assessment, through the API';
UPDATE care_events SET action = 'NOTE_ADDED', detail = ''
    WHERE action = 'noted' AND detail = 'a note on your record';
UPDATE care_events SET action = 'SETTINGS_CHANGED' WHERE action = 'changed';
UPDATE care_events SET action = 'DECISION_MADE' WHERE action = 'decided';
UPDATE care_events SET action = 'ACCESS_ENDED', detail = ''
    WHERE action = 'revoked' AND detail = 'access ended';
