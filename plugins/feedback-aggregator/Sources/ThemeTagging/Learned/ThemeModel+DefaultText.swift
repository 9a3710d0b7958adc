// Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
extension ThemeModel {
    /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
    public static let defaultText = #"""
# Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
# Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
# It adds a theme the lexicon did not tag when the probability that the comment judges it
# reaches `threshold` (plugins/feedback-aggregator/README.md, "The learned reader").
#
# Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`,
# `themes` (in the order of the weights) and `trained-on`. After `weights`, each line is a
# feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
# theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
# intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
# `author:customer|employee`, and per theme `lt:` (the lexicon tagged it), `le:` (judged below
# the threshold), `lp:`/`ln:` (its net leans to praise or complaint).

version 2026-12-07
lexicon 2026.12-10
threshold 0.5
themes waiting-time staff-attitude knowledge cleanliness price product-quality communication
trained-on 3433 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl

weights
bias 0:-2.72 1:-3.04 2:-2.88 3:-2.66 4:-2.88 5:-2.63 6:-3.17 7:-0.24 8:-0.25 9:-0.59 10:-0.14 11:-0.18 12:-0.06 13:-0.56
author:customer 0:-1.04 1:-1.06 2:-1.5 3:-1.28 4:-1.33 5:-0.71 6:-1.24 7:-0.1 8:-0.14 9:-0.22 10:-0.21 11:0.11 13:-0.11
author:employee 0:-1.32 1:-1.59 2:-1 3:-1.02 4:-1.17 5:-1.57 6:-1.52 10:0.14 11:-0.2 12:-0.1 13:-0.2
b:12_for 11:-0.17
b:20_mins 0:0.37 5:-0.14
b:20_minutes 13:0.11
b:24_hours 0:-0.24
b:280_for 5:0.12
b:2_hrs 0:0.16
b:3_days 7:0.26
b:3_rd 12:-0.12
b:3_times 9:-0.15
b:3_weeks 12:0.33
b:45_minutes 6:0.12
b:45_p 4:0.14 11:-0.19
b:4_a 0:0.25 7:-0.17
b:50_a 11:-0.13
b:50_each 6:0.12
b:50_for 11:-0.11
b:50_minutes 0:0.2 7:-0.15
b:5_days 0:0.17
b:5_g 2:0.11
b:5_working 0:0.11
b:65_to 4:0.11
b:8_am 0:0.14 7:-0.11
b:8_and 0:0.11
b:95_for 5:0.12 11:-0.11
b:9_for 5:-0.1
b:a_bank 0:0.12 1:0.13
b:a_bathroom 2:0.15 3:-0.11 10:-0.16
b:a_big 1:-0.13
b:a_bit 5:0.14 6:-0.11 8:-0.11 9:0.22 11:0.13
b:a_bob 5:0.11
b:a_broadband 5:0.1
b:a_budget 11:0.18
b:a_button 5:0.11
b:a_call 2:-0.11 6:0.12
b:a_cat 5:0.11 12:0.12
b:a_change 1:0.11
b:a_chat 8:-0.14
b:a_clean 0:-0.19
b:a_cloud 5:0.13 12:0.13
b:a_clue 2:0.24 9:-0.17
b:a_clutch 3:0.13 5:0.1
b:a_coffee 5:-0.13
b:a_collection 1:-0.14 3:0.13 5:0.11 12:0.12
b:a_couple 0:0.11
b:a_day 1:-0.17 3:0.13 5:0.13
b:a_diagnostic 5:-0.15
b:a_different 9:-0.11
b:a_dirty 12:0.11
b:a_dish 5:0.11
b:a_drop 4:-0.11 5:0.1 12:0.11
b:a_e 0:0.14 7:-0.2
b:a_fault 7:0.15
b:a_few 5:0.11 12:-0.14
b:a_fiver 11:0.25
b:a_fortnight 0:0.11 5:0.14 7:0.13 12:-0.39
b:a_four 1:0.13
b:a_free 12:-0.13
b:a_friday 0:0.29 5:0.16 12:0.16
b:a_full 4:0.1
b:a_gem 1:0.13 8:0.13
b:a_good 3:0.11 5:0.27
b:a_half 3:0.11
b:a_legend 11:0.14
b:a_loop 0:0.12
b:a_lot 0:0.14 1:0.27 6:0.12 8:0.16 13:-0.18
b:a_main 11:0.14
b:a_manual 6:-0.1
b:a_massive 5:0.11
b:a_miracle 5:-0.11
b:a_month 1:-0.13 5:0.21
b:a_new 5:0.16 7:0.23
b:a_night 4:0.1
b:a_nightmare 4:-0.11
b:a_note 13:0.12
b:a_penny 11:0.13
b:a_photo 5:-0.13 6:0.17
b:a_pile 3:0.11
b:a_plaster 3:0.14
b:a_private 2:0.2 9:-0.11
b:a_problem 11:0.1
b:a_proper 8:-0.41
b:a_puddle 3:-0.14
b:a_quick 0:-0.2 12:0.14
b:a_real 8:-0.13
b:a_replacement 0:0.14 6:0.14 7:0.12 13:0.15
b:a_reply 0:-0.11 4:-0.11 6:0.11
b:a_saturday 0:0.12
b:a_seat 1:0.1
b:a_second 6:-0.11
b:a_service 2:0.13 4:0.11
b:a_shift 2:0.11
b:a_single 0:-0.16 6:0.19 13:-0.11
b:a_smile 1:0.11 8:-0.11
b:a_speck 10:0.11
b:a_split 2:0.1
b:a_spotless 3:-0.12
b:a_standing 6:0.12
b:a_steal 4:0.15 11:-0.14
b:a_sticky 5:0.14
b:a_straight 1:0.1 9:0.1
b:a_table 0:0.19 1:0.12
b:a_takeaway 4:0.11
b:a_text 5:-0.13 6:0.23
b:a_time 5:0.11 12:0.12
b:a_tip 3:0.26 10:-0.18
b:a_total 5:-0.12
b:a_treat 5:0.12
b:a_trim 0:0.1 5:0.28 11:0.1 12:-0.12
b:a_two 4:0.17
b:a_week 0:0.26 4:-0.19 6:0.25 7:-0.15
b:a_wet 3:0.14
b:a_wheelchair 8:0.11
b:a_year 0:0.12 1:-0.12 10:-0.11
b:a_young 5:0.13
b:a_£ 1:0.14 5:-0.16
b:about_a 1:0.13 5:-0.1
b:about_her 2:-0.12 8:-0.15
b:about_our 0:0.13
b:about_price 6:0.15
b:about_the 4:-0.15 5:-0.2 6:0.25 8:0.24 9:-0.16 10:0.15 13:-0.32
b:about_them 5:0.16 12:0.13
b:acted_like 1:0.19 8:-0.15
b:actually_listened 0:0.1 6:0.11
b:actually_said 1:0.12 8:0.1
b:actually_turned 7:0.11
b:adds_up 4:0.11
b:advisers_at 2:0.13
b:after_a 1:-0.11
b:after_four 5:0.17
b:after_himself 3:0.11 12:0.1
b:after_i 0:0.13
b:after_six 5:0.11
b:after_that 5:0.15
b:after_the 0:-0.24 4:0.1 5:-0.29 6:0.15
b:agent_was 0:0.17
b:all_day 0:-0.19 1:0.19 2:0.12
b:all_over 3:0.19 5:-0.23 10:-0.11
b:all_smiles 1:0.12 8:-0.12
b:all_the 3:0.11 5:-0.1
b:almost_everyone 10:0.17
b:already_read 9:-0.1
b:always_a 7:0.1
b:always_lovely 0:-0.12
b:an_absolute 1:0.1
b:an_email 6:0.19
b:an_esim 2:0.11
b:an_expert 9:-0.14
b:an_hour 0:0.45 6:-0.17 9:0.12 11:-0.18 13:-0.1
b:an_mot 4:0.14 11:0.12
b:and_a 3:0.52 4:0.18 6:-0.13 8:-0.15 9:0.16 10:-0.29 12:0.19
b:and_all 5:0.15
b:and_ask 13:-0.16
b:and_came 3:0.11 5:0.18 9:0.12
b:and_chatted 8:0.16
b:and_chips 5:0.13
b:and_clean 1:0.12 8:-0.12 11:-0.1 12:-0.14
b:and_cleaned 5:0.19
b:and_didnt 0:0.11 1:0.15 6:0.11
b:and_drove 5:0.19
b:and_explained 6:0.14 13:0.2
b:and_gave 5:0.12
b:and_got 2:0.22 11:0.12
b:and_had 0:0.13 5:0.11 6:-0.16 12:0.12
b:and_half 5:0.21
b:and_he 5:0.14 7:0.18 12:-0.11
b:and_helped 5:-0.11
b:and_hes 5:0.13
b:and_honestly 5:-0.1
b:and_how 2:-0.11
b:and_i 1:-0.24 2:0.26 5:0.1 6:-0.25 7:-0.14 9:-0.2 11:-0.22 12:-0.12
b:and_im 3:0.14
b:and_in 0:0.11 5:-0.14
b:and_it 0:0.14 2:0.12 6:-0.16 11:0.12 13:-0.2
b:and_its 1:0.1
b:and_kept 1:0.15
b:and_knew 1:0.13
b:and_leaves 10:-0.15
b:and_left 5:-0.15
b:and_let 6:0.12
b:and_most 2:0.11
b:and_my 1:0.16 2:0.1 8:-0.18 9:0.12
b:and_never 1:0.16 5:-0.13
b:and_no 0:0.16 1:-0.12 2:-0.17
b:and_nobody 0:0.18 2:0.16 7:-0.12 11:-0.12 12:-0.19
b:and_not 4:-0.12
b:and_nothing 5:-0.11
b:and_one 0:-0.16 7:-0.11
b:and_out 0:0.15 2:-0.11 5:-0.19 6:-0.12 7:0.15
b:and_overpriced 3:-0.11 5:0.12 12:-0.23
b:and_put 5:0.16 12:0.15
b:and_quick 1:-0.11
b:and_really 1:0.11 2:0.12 10:0.1
b:and_saved 2:0.21 9:0.13
b:and_several 4:0.2 11:-0.1
b:and_she 5:0.21
b:and_sighed 5:0.11
b:and_still 2:-0.11 5:-0.11
b:and_that 0:-0.16 1:0.14 9:0.13 11:0.15
b:and_the 0:0.19 1:0.31 2:0.25 3:0.15 4:0.2 5:0.57 7:-0.11 8:0.12 9:-0.31 13:-0.25
b:and_then 0:0.11
b:and_there 12:0.11
b:and_theres 0:-0.12 5:0.15 11:-0.12 12:-0.16
b:and_they 0:-0.16 6:0.11 9:0.11 12:0.25 13:0.15
b:and_warm 12:-0.39
b:and_was 0:0.26
b:and_went 10:-0.14
b:and_what 6:0.18 13:0.14
b:and_when 5:0.12
b:and_which 6:0.17 13:0.12
b:and_why 6:0.13 13:0.15
b:and_you 5:0.11 12:-0.15
b:answered_the 8:0.13
b:any_fuss 0:0.11
b:any_more 2:0.16 9:0.11
b:anyone_tell 9:0.11
b:apologetic_and 0:0.11 3:0.13 10:0.11
b:apologising_for 6:0.1
b:app_is 6:-0.19
b:app_said 6:0.17
b:appointment_letter 13:-0.16
b:appreciate_the 1:-0.1
b:appreciated_finding 6:0.17
b:appreciated_the 1:0.12 13:-0.14
b:are_a 3:-0.1
b:are_about 4:-0.1
b:are_broken 5:0.12 12:-0.13
b:are_double 5:0.16
b:are_filthy 2:0.11
b:are_fuming 7:-0.11
b:are_lovely 0:-0.12
b:are_on 0:0.11
b:are_out 2:0.12
b:are_people 13:-0.1
b:are_ready 13:0.13
b:are_still 5:-0.11
b:are_the 11:-0.11
b:are_thrilled 5:0.11 12:0.12
b:argue_with 4:0.16 11:0.18
b:arrived_a 6:0.1
b:arrived_in 0:0.1 7:0.13 13:0.12
b:as_a 1:0.11 8:-0.17 12:0.16
b:as_chips 11:0.13
b:as_if 1:0.12
b:as_long 0:0.12 4:0.11
b:as_promised 2:0.12
b:as_quoted 7:0.11
b:as_the 11:0.1
b:as_well 0:0.11 6:0.12
b:ask_about 2:0.19
b:ask_for 1:0.18 2:-0.11 8:-0.12 11:0.1 13:0.1
b:ask_me 9:-0.16
b:ask_us 13:-0.15
b:asked_about 1:-0.16 11:0.11
b:asked_for 1:0.19 5:0.34
b:asked_if 2:0.36 3:-0.13 6:-0.14
b:asked_the 2:0.25
b:asked_to 2:-0.11
b:asked_whether 1:-0.12 5:-0.1
b:asking_for 13:0.11
b:asleep_on 1:0.13 8:-0.16
b:at_2 0:-0.11
b:at_6 6:0.17
b:at_7 0:0.15
b:at_8 0:0.11 7:-0.17
b:at_all 1:0.1 2:-0.11 4:-0.12 8:0.24
b:at_closing 5:-0.14
b:at_every 13:0.11
b:at_half 2:0.13 5:-0.12 7:0.11
b:at_home 1:-0.11
b:at_lunchtime 2:0.16 5:0.19 12:0.14
b:at_me 1:0.18 5:0.11 8:-0.13
b:at_my 4:0.15
b:at_our 5:0.13
b:at_ten 2:0.12
b:at_the 2:0.13 4:-0.13 6:-0.19 8:-0.13 10:-0.11
b:at_£ 0:0.1 4:0.12 5:0.19 11:0.12 12:0.13
b:b_4 5:-0.1
b:b_b 5:0.13
b:back_because 13:-0.1
b:back_from 5:0.14 12:0.1
b:back_in 0:0.1
b:back_seat 3:0.12
b:back_to 2:-0.17 5:0.2 6:0.1 7:-0.12 10:-0.13 12:-0.1
b:back_with 1:-0.12 3:0.17 9:0.14
b:back_within 0:-0.24
b:bad_for 7:0.12
b:bag_of 12:0.1
b:bang_on 7:0.1
b:basically_stopped 6:0.12
b:bathroom_and 2:0.16 3:-0.12 10:-0.15
b:be_back 1:-0.17 5:-0.1
b:be_fair 0:0.14 1:0.11 4:0.11 5:0.17
b:be_good 6:-0.11
b:be_nice 2:0.1 10:-0.11
b:be_told 2:0.12
b:because_he 4:-0.1
b:because_nobody 0:-0.13 6:0.11 13:-0.14
b:because_of 7:-0.18
b:because_the 0:0.11 6:-0.19 9:-0.11 13:-0.11
b:because_they 6:0.11
b:been_a 1:-0.11
b:been_brilliant 5:0.13
b:been_going 2:-0.12
b:been_hunting 2:0.11
b:been_kept 7:0.27
b:been_on 0:0.14
b:been_out 13:-0.16
b:been_really 1:-0.11
b:been_sat 6:0.11
b:been_there 0:0.12
b:been_told 0:-0.15 2:-0.13 6:0.1 10:-0.12
b:before_a 3:0.13 11:0.1
b:before_anyone 13:-0.12
b:before_i 4:-0.14 5:0.13
b:before_id 6:-0.11 7:0.17
b:before_the 1:-0.1 11:0.11 13:-0.1
b:behind_the 1:0.13
b:being_told 2:0.11
b:believe_it 7:0.1
b:best_in 5:0.12 11:-0.16
b:best_value 4:0.15 11:0.11
b:better_than 1:-0.11 2:0.15 5:0.12 9:0.12 12:0.12
b:between_8 0:0.11
b:between_customers 3:0.12
b:bill_was 4:0.17 7:0.11 11:-0.11
b:bill_without 5:0.12
b:bin_collection 2:0.12
b:bin_men 5:0.28
b:bit_of 4:-0.1
b:bloke_at 1:0.12
b:bloke_who 5:-0.11
b:blood_on 8:0.15
b:blood_test 4:0.12
b:blow_dry 12:-0.14
b:book_online 6:0.1
b:booked_for 0:0.13
b:booked_in 2:0.14
b:booked_my 5:0.15
b:bought_a 5:0.31
b:box_that 5:-0.13
b:brand_new 0:0.12 7:0.11
b:bread_and 1:0.11
b:brought_the 8:0.13 10:0.18
b:budget_hotel 11:0.18
b:builder_said 6:0.1
b:building_society 2:0.17 5:-0.1
b:but_after 5:-0.13
b:but_customers 3:-0.11
b:but_everyone 8:0.13
b:but_he 5:-0.12
b:but_honestly 8:0.11
b:but_it 0:0.11 7:0.11
b:but_no 12:-0.14
b:but_several 5:-0.11
b:but_thats 4:-0.13
b:but_the 0:0.14 1:0.12 2:-0.11 3:0.17 4:0.27 5:0.47 6:0.26 7:-0.27 11:-0.37
b:but_they 1:0.13 3:-0.11 5:0.11 6:0.17
b:but_theyre 1:0.11
b:but_two 2:0.11
b:but_£ 12:0.1
b:by_4 2:0.12
b:by_5 7:0.11
b:by_a 1:-0.11 3:0.19
b:by_almost 10:0.17
b:by_hand 0:-0.1 3:0.11 5:-0.15
b:by_name 1:0.24
b:by_our 2:0.13
b:by_step 6:0.1
b:by_the 0:0.11 10:-0.25
b:caf_s 12:-0.14
b:call_back 2:-0.13 5:-0.1 13:-0.33
b:call_centre 6:0.14
b:call_me 0:-0.31
b:calls_have 13:0.11
b:calm_and 1:-0.13
b:came_back 3:0.19 9:0.14
b:came_in 5:-0.15
b:came_out 5:0.18 8:-0.13 12:-0.13
b:came_to 0:0.11
b:came_with 0:0.1
b:can_get 5:-0.14
b:can_we 5:-0.1
b:cant_answer 2:0.13
b:cant_argue 4:0.2 11:0.31
b:cant_believe 4:0.1 6:-0.11 7:0.1
b:cant_say 5:-0.12
b:cant_see 5:0.17
b:car_and 2:-0.13 3:0.13 6:0.24 13:-0.14
b:car_dealer 1:0.11
b:car_in 8:0.16
b:car_itself 5:0.14
b:car_was 12:0.11 13:-0.14
b:card_and 5:0.12
b:care_home 12:0.1
b:careful_with 3:0.12 5:0.13
b:carrier_bags 11:-0.24
b:centre_cafe 5:-0.17
b:changes_the 6:0.13
b:changing_rooms 3:0.23
b:charge_for 4:0.12
b:charged_me 4:0.2 5:0.14 6:-0.14
b:charged_£ 5:0.21 11:-0.13
b:charging_£ 4:0.11
b:chase_them 13:0.16
b:chat_about 1:0.1
b:chat_bot 6:0.11 13:-0.15
b:cheap_as 11:0.14
b:cheaper_than 11:0.17
b:cheaper_to 11:-0.28
b:check_and 1:0.1
b:check_in 0:0.22 1:0.13 5:0.14 12:-0.16
b:check_on 1:-0.13
b:checked_twice 3:0.11
b:chemist_counter 1:-0.12
b:childrens_corner 3:0.12
b:chipped_a 8:0.11
b:chips_and 5:0.13 12:-0.12
b:chips_were 5:0.14 12:-0.2
b:christmas_jumpers 1:-0.25
b:clean_in 2:0.13
b:cleaned_me 5:-0.12
b:cleaned_once 10:-0.13
b:cleaned_up 5:0.13
b:cleaner_than 3:0.18 7:-0.13 10:0.21
b:cleaners_hours 2:0.13
b:clear_and 13:0.12
b:cleared_up 2:0.13
b:clearly_had 1:0.14
b:clearly_knew 9:0.1
b:clients_have 2:0.12
b:clue_what 1:-0.12
b:cold_and 5:0.27
b:cold_by 8:0.13
b:collected_myself 4:0.11
b:come_back 5:0.12 12:0.11
b:come_in 6:0.15
b:come_on 5:0.16
b:come_through 4:-0.1 6:0.13
b:come_thursday 0:0.12
b:coming_back 12:0.13
b:coming_out 0:0.11 5:0.12 7:-0.1
b:complain_about 3:0.12
b:complaints_about 10:0.15
b:complaints_i 4:-0.1
b:confusing_and 13:-0.19
b:consensus_that 4:0.11
b:consensus_was 12:-0.14
b:cook_the 5:0.11 9:0.12
b:cost_£ 4:0.1 5:0.13 11:-0.13 12:-0.11
b:could_do 3:0.14
b:could_eat 10:0.1
b:could_have 2:0.16
b:could_not 2:0.17
b:could_see 0:0.11
b:could_take 9:0.2
b:could_tell 0:0.11
b:couldnt_have 1:0.16 2:-0.17
b:couldnt_tell 0:-0.12 2:0.16 5:-0.22 9:-0.14
b:counter_and 5:-0.12
b:counter_didnt 1:-0.12
b:counter_is 1:0.14
b:cover_it 2:0.11
b:covered_in 11:0.1
b:covering_the 0:0.1
b:crept_up 4:0.1 11:-0.11
b:customer_care 0:0.11
b:customer_service 12:-0.11
b:customer_toilets 10:-0.13
b:customers_are 5:0.1 7:-0.16
b:customers_ask 2:0.18 6:0.15
b:customers_cant 4:0.1
b:customers_dont 0:0.15 1:-0.1 7:0.11
b:customers_end 5:0.16 12:-0.11
b:customers_have 3:0.12
b:customers_keep 5:0.13 12:-0.21
b:customers_love 4:-0.13 5:-0.15 13:0.12
b:customers_often 6:0.1
b:customers_say 2:-0.1 4:0.12
b:customers_the 2:0.13 6:-0.1
b:customers_when 1:0.17
b:customs_form 1:0.13
b:cut_the 2:0.15
b:day_and 2:0.16
b:day_is 7:-0.11
b:day_late 0:-0.1
b:daylight_robbery 0:-0.13
b:days_after 0:-0.15
b:days_ago 6:0.18
b:days_and 0:0.11 5:0.1
b:days_before 5:-0.12 6:0.1
b:dealt_with 0:0.13 7:0.12 10:0.12
b:delay_repay 7:0.25
b:delivery_and 7:-0.15
b:dentist_has 1:0.15 8:-0.11
b:dentist_was 5:0.13
b:depending_on 2:0.13
b:described_as 2:0.24 7:-0.12 9:-0.11 10:0.17 13:0.12
b:described_the 1:0.1 11:0.1
b:desk_for 5:0.11
b:diagram_of 2:0.11
b:did_a 0:0.11 5:0.2 12:0.17
b:did_the 5:-0.11
b:didnt_even 1:0.17 8:-0.28
b:didnt_expect 7:0.11
b:didnt_get 5:0.12
b:didnt_have 9:-0.13 13:0.14
b:didnt_know 1:-0.13 2:0.17 9:-0.13
b:didnt_mind 3:-0.11
b:didnt_need 1:-0.16 2:0.18 9:0.26
b:difference_between 4:0.11
b:direct_debit 4:0.14
b:discussed_the 5:0.16
b:do_i 6:0.13
b:do_it 0:0.11
b:do_the 2:0.12 9:0.11
b:dog_died 1:0.15
b:doing_and 5:0.13
b:done_in 5:-0.13
b:dont_know 6:0.16
b:dont_think 4:0.12 11:0.1
b:dont_understand 6:0.13
b:door_and 0:-0.1
b:door_at 0:0.16 7:0.12
b:door_to 0:0.13 1:-0.1 5:0.15 7:0.15 12:-0.12
b:double_booked 5:0.17
b:double_what 5:0.13
b:down_to 6:0.1
b:downright_rude 7:-0.11
b:dr_patel 2:0.1
b:driver_was 0:0.14
b:drivers_seat 3:0.16 5:-0.14
b:driving_instructor 6:-0.1
b:dry_cleaner 3:-0.12 5:0.32
b:dug_up 5:0.12 12:0.12
b:each_time 1:0.14
b:easy_to 5:0.13
b:eggs_were 8:0.14
b:eight_and 0:0.13
b:elderly_customers 1:0.23
b:else_in 11:0.12
b:elses_hair 3:0.12
b:emails_about 6:0.15 8:0.11
b:emails_to 0:-0.11 13:-0.1
b:end_up 5:0.14 12:-0.11
b:energy_supplier 7:0.1
b:entire_time 6:0.11
b:estate_agent 6:0.18
b:even_at 0:0.12
b:even_opened 5:-0.13
b:even_the 10:0.12
b:even_tho 1:0.1
b:ever_explained 4:-0.11
b:every_call 0:0.14
b:every_day 5:0.23 13:-0.14
b:every_hour 3:0.21 10:0.12
b:every_monday 0:-0.11
b:every_one 1:0.14
b:every_shift 5:0.11
b:every_step 6:0.1 13:0.11
b:every_time 2:-0.12 11:-0.13
b:every_week 10:-0.14
b:everyone_else 6:0.1 8:-0.14
b:everyone_on 2:0.1
b:everyone_said 5:0.17
b:everything_was 0:0.11 7:0.1
b:exactly_as 7:0.1
b:exactly_how 5:0.16 9:0.15
b:exactly_the 0:-0.11
b:exactly_what 1:-0.19 9:0.11 11:0.13 12:0.24
b:exactly_where 6:0.12
b:exactly_which 1:0.15 9:0.12
b:expecting_a 1:0.1
b:explain_it 2:0.13
b:explain_the 1:-0.13 6:0.15
b:explain_what 6:0.11
b:explain_why 2:0.1
b:explained_everything 6:0.12 13:0.13
b:explained_it 13:0.11
b:explained_what 5:0.17
b:express_checkout 0:0.26 7:-0.14
b:extra_for 4:-0.21
b:eye_watering 1:0.12 11:-0.1
b:face_when 1:-0.13 5:0.11
b:fair_play 11:0.11
b:fair_prices 1:0.11
b:far_better 2:0.11
b:fault_it 5:0.13
b:fee_for 4:0.11
b:fee_was 5:-0.12
b:feel_like 0:-0.15 1:0.12
b:fees_were 0:0.12
b:fell_apart 4:-0.1
b:fell_out 5:0.22 12:-0.14
b:felt_like 5:-0.18
b:felt_the 1:0.11
b:film_was 5:0.12 12:0.11
b:filthy_and 3:0.12
b:final_bill 4:0.12 5:-0.13 6:0.12 13:-0.15
b:find_out 2:0.12
b:find_the 13:-0.16
b:finding_out 6:0.17
b:fine_for 0:-0.13
b:finished_explaining 6:-0.14
b:finished_the 0:0.1
b:first_class 2:0.11
b:first_go 2:0.2 8:0.15 9:0.11
b:first_one 6:0.1
b:first_time 3:-0.11 6:-0.11 12:0.19
b:fish_counter 5:0.14 9:0.12
b:fitted_are 11:-0.14
b:five_days 0:0.12 7:-0.2
b:five_stars 5:0.1
b:fiver_for 11:0.2
b:fix_a 7:0.12
b:fix_the 5:0.26
b:fixed_the 0:0.11 7:0.11
b:flat_white 3:-0.1 5:0.1
b:flight_to 5:0.13
b:food_was 5:0.15 6:-0.1 10:-0.15 12:-0.17
b:for_20 0:0.1
b:for_a 0:0.13 2:0.13 4:0.35 7:0.25 8:0.16 11:0.13 12:-0.15
b:for_ages 11:-0.12
b:for_all 2:0.1
b:for_an 0:-0.3 3:0.11 4:0.22 5:-0.12
b:for_anyone 0:-0.12 4:-0.11
b:for_asking 1:0.12
b:for_being 8:-0.1
b:for_canada 1:0.13
b:for_days 0:-0.14 1:-0.15 5:0.15
b:for_it 3:0.12
b:for_me 0:0.12 1:0.1 2:0.19 8:0.1 9:0.14 13:0.13
b:for_more 13:0.11
b:for_my 4:-0.12
b:for_new 5:0.15 12:-0.11
b:for_next 0:0.14 4:-0.25
b:for_not 1:0.12
b:for_once 1:-0.15
b:for_one 2:0.16
b:for_over 0:0.14
b:for_parking 11:-0.15
b:for_six 11:-0.1
b:for_that 12:-0.1
b:for_the 0:0.24 2:-0.24 5:0.45 8:-0.19 9:-0.16
b:for_three 4:0.1
b:for_twenty 2:0.11
b:for_two 2:-0.12 11:0.32
b:for_weeks 0:-0.14 3:0.12
b:for_what 4:0.15 5:-0.19
b:for_years 1:0.12
b:for_£ 1:-0.17 11:0.43
b:form_i 1:0.11
b:forty_minutes 0:0.12 7:-0.15 13:-0.13
b:found_a 9:0.14
b:found_out 2:-0.1 4:0.16 6:0.11 12:0.1 13:-0.17
b:found_the 1:0.15 2:0.1 9:0.18
b:four_times 6:0.18 13:-0.14
b:four_years 5:0.15
b:fourth_time 6:0.11
b:free_parking 4:-0.3
b:friday_is 0:0.19 7:-0.1
b:friendly_and 1:0.11 3:0.1
b:from_a 1:-0.1
b:from_last 5:-0.11
b:from_the 3:0.17 5:0.13 6:0.2 7:0.26 10:-0.14
b:from_us 11:-0.16
b:front_desk 5:0.13
b:front_of 9:-0.12
b:frustration_was 0:0.1
b:full_so 0:-0.15
b:fuming_that 7:-0.11
b:gave_me 0:0.14 2:0.19 7:0.11 9:-0.22 13:0.13
b:gave_up 5:-0.12
b:gave_us 5:0.19 12:-0.11
b:get_a 1:0.13 6:0.12 11:0.16
b:get_checked 3:0.11
b:get_served 5:0.1
b:get_the 5:-0.13 11:-0.29
b:get_to 0:0.12 6:-0.12
b:get_what 5:0.15
b:give_me 5:0.13
b:give_them 0:0.15 6:0.12
b:giving_out 2:0.14
b:glad_i 12:0.14
b:glasses_are 3:0.11 13:0.11
b:go_and 2:0.12 8:0.17
b:goes_in 3:0.11
b:going_back 1:-0.13
b:going_on 6:0.23
b:going_to 2:-0.12
b:gone_private 0:0.11
b:gone_up 4:0.19 5:-0.11 6:-0.2
b:good_day 12:-0.13
b:good_morning 1:0.13 8:0.11
b:good_value 4:0.11
b:good_way 3:0.11
b:got_a 0:0.13 3:-0.1 6:0.11 8:-0.27
b:got_an 5:-0.1
b:got_back 5:0.12 12:-0.22
b:got_charged 0:-0.13
b:got_home 2:0.13 4:-0.12
b:got_in 0:-0.12
b:got_my 2:0.15 8:0.16
b:got_the 0:0.16 2:-0.24 6:0.16 13:0.13
b:got_there 7:-0.15 13:-0.14
b:got_through 0:0.1
b:got_told 2:0.1
b:got_us 1:0.15
b:gr_8 5:0.18 12:0.1
b:grabbed_a 5:0.13 12:0.12
b:great_to 10:-0.12
b:gripe_is 3:0.15
b:group_members 6:0.1
b:group_said 0:-0.13 5:-0.12
b:guests_keep 5:-0.16 10:-0.13
b:guy_in 5:0.11
b:guy_told 2:0.15
b:had_a 1:-0.18 2:-0.17 3:-0.11 5:-0.22 6:-0.11 12:0.15 13:0.11
b:had_an 5:-0.11
b:had_been 1:-0.14 5:0.15 6:0.11
b:had_changed 6:0.15 13:-0.15
b:had_ever 2:0.11 9:0.11
b:had_in 5:0.11
b:had_it 0:0.16
b:had_mentioned 5:0.14
b:had_missed 2:0.24 5:-0.11 9:0.24 12:0.13
b:had_no 0:0.1 5:-0.13 6:-0.16 9:-0.12
b:had_someone 7:0.13
b:had_that 6:0.16 13:0.13
b:had_the 7:0.11 9:0.14
b:had_to 0:-0.29 4:-0.14 6:0.13 9:-0.38 11:0.12
b:had_tried 5:0.15
b:hair_in 1:-0.11 10:-0.13
b:half_an 0:0.18 5:-0.1
b:half_my 6:0.11
b:half_of 0:-0.17
b:half_our 13:-0.1
b:half_the 5:0.25 11:-0.15 12:-0.23
b:half_what 11:0.17
b:handheld_scanners 6:0.13
b:happy_hour 5:-0.1 11:0.17
b:happy_to 11:0.14
b:has_been 5:-0.16
b:has_come 4:-0.14 5:0.16
b:has_gone 4:0.13 12:0.13
b:has_the 1:0.16
b:hasnt_been 2:0.1 6:-0.1
b:have_a 1:-0.1 6:-0.1 9:-0.13
b:have_basically 6:0.12
b:have_been 1:0.17 6:0.13 7:-0.16 8:0.11 9:-0.11
b:have_dropped 10:0.18
b:have_noticed 10:0.11
b:have_to 5:-0.15 6:0.18 13:0.15
b:he_fitted 11:-0.14
b:he_found 3:0.12
b:he_is 0:-0.11 5:0.11
b:he_knows 1:0.12
b:he_said 0:0.1 2:0.13
b:he_told 5:-0.12
b:he_was 0:0.26 4:-0.13 5:0.2 12:0.2 13:0.12
b:he_wasnt 5:-0.11
b:he_would 0:0.12
b:head_office 6:-0.16
b:hear_us 6:0.11
b:heard_about 6:0.14
b:hed_be 0:0.12 7:0.1
b:hed_never 6:-0.11
b:helped_me 5:-0.11
b:here_for 4:-0.11
b:his_phone 0:-0.14 1:0.13
b:hold_music 0:0.24 7:-0.16
b:hold_times 0:0.1 7:0.12
b:home_and 2:0.13
b:honestly_cant 5:0.13 12:-0.11
b:honestly_i 4:0.18
b:honestly_id 11:0.11
b:hospital_for 4:0.13 11:-0.2
b:hotel_breakfast 5:0.14
b:hour_and 5:0.15
b:hour_before 0:0.13
b:hour_is 7:0.18
b:hour_window 7:0.11
b:hours_at 0:0.14 7:-0.11
b:house_in 0:-0.14 1:0.12
b:how_long 5:0.1 9:0.12
b:how_many 6:0.12
b:how_much 4:-0.17
b:how_the 5:0.11 12:-0.14
b:how_they 2:-0.11 4:-0.16
b:how_to 2:0.14 4:0.11 5:0.12 9:-0.11
b:hunting_for 2:0.11
b:i_asked 1:0.1 6:-0.11 8:-0.12 9:0.15
b:i_booked 5:0.14
b:i_brought 8:0.13
b:i_can 5:0.18 6:-0.28 12:0.15
b:i_collected 4:0.12
b:i_could 1:-0.1 2:0.12 5:-0.14
b:i_deal 4:-0.1
b:i_did 2:0.19
b:i_didnt 2:0.11 9:0.34
b:i_dont 4:0.15
b:i_expected 11:-0.1
b:i_found 13:-0.11
b:i_got 0:0.32 1:0.17 4:-0.12 5:0.14 7:-0.12 12:-0.14
b:i_had 0:-0.21 2:0.19 5:-0.15 6:0.17 9:-0.15 11:-0.12
b:i_hadnt 2:0.13
b:i_honestly 5:0.16
b:i_needed 0:-0.15 1:0.11 2:0.15 9:-0.13
b:i_only 13:-0.15
b:i_ordered 4:-0.11
b:i_rang 0:0.17 5:-0.16 6:-0.22 7:-0.12
b:i_read 2:0.12
b:i_reported 7:0.1
b:i_said 1:0.18 5:0.17
b:i_spend 6:0.11
b:i_think 5:0.11
b:i_understood 13:0.12
b:i_want 5:0.11
b:i_wanted 1:0.15
b:i_was 1:0.39 2:-0.25 6:0.29 13:0.17
b:i_went 6:-0.13 9:-0.14
b:i_wouldnt 8:-0.15
b:id_already 6:0.16 13:-0.14
b:id_been 2:0.18 5:-0.11 9:0.1
b:id_get 5:0.12
b:id_said 1:0.11
b:idea_of 13:-0.11
b:if_he 5:0.11
b:if_id 1:0.12
b:if_the 2:0.35 3:-0.15 6:-0.14
b:if_they 10:-0.11
b:if_you 0:-0.13
b:ill_give 0:0.15
b:im_not 9:0.1
b:im_still 0:0.12
b:impressed_that 6:0.12 7:0.11
b:in_2 6:-0.16
b:in_20 0:0.16 7:0.15
b:in_5 0:0.15 7:0.11
b:in_a 0:0.27 3:0.18
b:in_and 0:0.12 5:-0.18 13:0.12
b:in_between 0:0.12
b:in_centre 7:-0.1
b:in_circles 6:-0.13
b:in_five 6:0.15
b:in_for 1:0.23 2:0.27 3:0.15 4:-0.13 5:-0.11
b:in_front 9:-0.12
b:in_full 5:0.19 6:0.15
b:in_months 5:0.24 12:0.16
b:in_my 5:0.16
b:in_on 3:-0.12 7:-0.22
b:in_pain 2:0.13 6:-0.12
b:in_plain 13:0.15
b:in_six 0:-0.14 1:0.12
b:in_ten 6:-0.11
b:in_that 10:0.11
b:in_the 0:-0.2 2:0.19 3:0.37 5:0.36 6:-0.25 7:-0.16 8:0.18 9:-0.14 10:-0.33 11:-0.25 12:-0.37
b:in_three 7:0.28
b:in_to 0:-0.16 1:-0.11
b:in_took 1:0.13
b:in_town 4:0.26 11:0.16 12:0.22
b:in_twenty 0:0.17
b:in_two 0:0.13 7:0.13 11:-0.1
b:in_under 5:-0.1
b:in_week 0:0.15 6:0.12
b:in_with 0:-0.11
b:in_years 11:0.16
b:info_desk 1:0.14 6:-0.17
b:information_about 2:0.12
b:inside_out 2:0.1
b:instead_of 4:0.1 7:0.25 9:0.16
b:into_a 5:-0.13
b:is_a 1:0.13 2:-0.12 11:0.13 13:-0.16
b:is_already 5:0.11
b:is_brilliant 2:0.13 6:0.22 10:0.11
b:is_half 11:-0.11
b:is_lovely 5:0.1
b:is_normal 7:0.12
b:is_not 1:0.13
b:is_only 5:0.1
b:is_taking 7:-0.11
b:is_terrible 0:0.14 5:0.14
b:is_the 4:0.15 5:0.25 11:0.13 13:0.12
b:is_too 5:0.12 12:0.11
b:is_vivaldi 0:0.12
b:is_worth 11:-0.16
b:isa_allowance 2:0.12 9:-0.13
b:isas_and 2:0.13
b:isnt_cheap 11:-0.21
b:it_a 2:0.16 6:-0.11
b:it_again 11:0.1
b:it_all 6:0.11 13:0.13
b:it_and 2:0.11 7:-0.18 9:0.12
b:it_arrived 0:0.1 7:0.1
b:it_at 6:0.1
b:it_back 0:0.1 12:-0.12
b:it_by 0:0.13
b:it_came 6:0.14
b:it_did 0:0.11
b:it_didnt 0:-0.14
b:it_felt 5:-0.17
b:it_for 3:0.12 6:-0.19
b:it_from 3:0.13 11:-0.16
b:it_had 0:-0.19 1:0.11 6:0.14 13:0.12
b:it_in 1:0.13 2:0.12
b:it_is 5:-0.13 7:0.15
b:it_myself 9:-0.13
b:it_needs 9:0.11
b:it_off 5:0.12
b:it_on 0:0.13
b:it_still 5:-0.11
b:it_took 1:0.12
b:it_turned 0:0.11 7:-0.18
b:it_up 1:0.14 12:0.15
b:it_was 0:0.14 1:-0.35 3:-0.14 5:0.48 6:-0.11 12:0.34
b:it_wasnt 5:0.15 6:0.11 12:-0.22
b:it_went 6:0.11
b:it_without 3:0.11
b:it_worked 2:0.1
b:itd_be 0:0.17
b:its_a 11:0.2
b:its_been 0:0.21 7:-0.12 13:-0.11
b:its_chaos 3:-0.12
b:its_own 0:-0.1
b:itself_was 5:0.22 12:0.13
b:ive_been 12:-0.12
b:ive_ever 4:0.1 10:-0.29 11:0.11
b:ive_had 0:-0.11 3:0.12 5:0.22
b:just_kept 6:0.12 13:-0.17
b:just_shrugged 5:0.14 8:-0.1
b:just_to 2:-0.11
b:keep_leaving 10:-0.11
b:keep_my 8:0.15
b:keep_telling 6:0.12 12:-0.19
b:keep_the 1:0.14 8:0.11
b:kept_us 6:0.24 13:0.21
b:kept_waiting 7:0.3
b:kids_books 4:0.15 11:0.1
b:kids_loved 3:-0.12
b:knew_every 1:0.13 2:0.11 5:0.13
b:knew_exactly 0:0.12 1:0.13 2:0.15 6:-0.14 9:0.2
b:knew_her 1:-0.11
b:knew_his 5:-0.1
b:knew_straight 5:0.12
b:knew_the 2:0.23 5:0.1 9:0.16
b:know_either 1:-0.1
b:know_their 2:0.16 9:0.22
b:know_whats 6:0.13
b:know_where 9:-0.11
b:knowledgable_staff 0:0.12 7:0.1
b:knowledgeable_and 1:0.14 9:0.13
b:knows_more 9:0.1
b:lad_who 8:-0.11
b:lady_on 5:-0.1
b:last_place 11:0.11
b:last_week 12:-0.1
b:last_year 1:0.13 8:0.13
b:lasts_for 12:0.16
b:late_and 0:0.11 4:0.13 6:0.23 13:-0.18
b:later_than 7:-0.14
b:leaves_the 10:-0.16
b:leaving_reviews 10:-0.11
b:leaving_the 3:0.14
b:left_my 5:0.14
b:left_the 0:0.17 1:0.11
b:left_with 2:0.13
b:legroom_in 5:0.15
b:leisure_centre 5:-0.14
b:less_than 11:0.2
b:let_me 6:0.1
b:letter_explaining 13:-0.15
b:letters_arrived 6:0.1
b:letters_were 2:-0.11
b:letting_agent 13:-0.21
b:library_was 3:0.1
b:like_a 1:0.12 3:-0.11 12:-0.14
b:like_i 1:0.15
b:like_sleeping 5:0.15
b:like_that 1:0.12
b:like_the 3:0.15
b:like_they 7:0.12
b:like_we 6:0.13
b:liked_that 6:0.12 13:0.12
b:line_of 6:0.15
b:list_for 0:0.17
b:listened_to 6:0.13 11:0.13
b:locum_gp 2:0.11 9:-0.11
b:long_as 4:0.11
b:long_story 5:0.16 12:0.1
b:look_at 0:-0.23 12:0.17
b:look_like 6:0.14
b:look_on 5:0.12
b:look_up 1:0.14 8:-0.1
b:looked_like 5:0.13
b:looked_up 1:0.14 2:-0.1
b:looking_at 5:0.11
b:looking_like 3:0.12 5:0.16 10:-0.11 12:-0.12
b:looks_brand 0:0.15 7:0.11
b:lost_a 5:0.2 12:-0.12
b:lot_for 11:0.12
b:lot_of 1:0.25 8:0.13 13:-0.17
b:loudly_when 5:0.11
b:love_being 0:0.13
b:love_how 0:0.13
b:love_paying 11:-0.13
b:love_that 0:0.11 5:-0.12 6:0.12 13:0.11
b:love_the 6:0.1
b:loved_the 1:-0.11
b:lovely_and 0:0.13 1:0.22 8:-0.11
b:lovely_but 5:-0.13
b:lovely_to 0:-0.17 1:-0.2 3:0.12
b:lovely_with 2:0.13
b:loving_the 11:-0.24
b:lower_than 7:0.1
b:made_a 0:-0.1 1:0.13 12:0.13
b:made_me 5:0.15
b:main_dealer 1:-0.1 5:-0.1
b:makes_the 0:-0.12
b:man_on 5:0.11
b:management_still 5:0.12
b:manager_who 0:-0.1
b:me_a 2:-0.14 5:-0.13 7:0.12 9:0.13 13:0.22
b:me_about 2:0.16
b:me_any 1:0.11
b:me_anything 0:0.13
b:me_at 1:0.12
b:me_back 0:-0.31 6:0.11
b:me_every 6:0.17 13:-0.1
b:me_exactly 5:0.13 9:0.16
b:me_for 3:0.13
b:me_i 2:0.14 5:-0.16
b:me_in 0:0.14
b:me_into 1:0.12
b:me_my 1:-0.26 2:0.23 4:-0.13 9:-0.17
b:me_on 0:-0.1
b:me_out 5:-0.16 13:-0.11
b:me_photos 4:-0.11
b:me_that 4:0.11
b:me_the 1:-0.16 2:0.26 6:0.17 9:-0.19
b:me_through 6:0.1
b:me_to 1:0.16 8:-0.14
b:me_what 5:-0.11 9:-0.14
b:me_when 2:-0.15 5:0.1
b:me_why 0:0.16
b:me_with 5:0.2
b:me_within 1:0.1
b:me_£ 4:0.13
b:meal_deal 12:0.11
b:meant_to 2:0.19
b:meat_counter 1:0.11
b:mechanic_was 6:0.12
b:members_said 1:0.15 8:0.12
b:men_were 3:0.12 5:0.12 12:0.14
b:mention_the 6:0.12
b:mentioned_that 1:-0.1
b:mentioned_the 1:0.14 5:0.16
b:merci_for 0:0.15 7:0.14
b:might_as 6:0.12
b:mins_late 6:0.18
b:minutes_and 7:0.12 13:0.11
b:minutes_flat 0:-0.11 5:0.13
b:minutes_in 6:0.1
b:minutes_to 2:0.15
b:minutes_while 0:0.13
b:minutes_with 1:0.13
b:missed_it 0:-0.12 2:0.18
b:moan_about 11:0.11
b:moan_that 5:0.15
b:moderator_note 0:0.13
b:moderator_summary 0:-0.16 1:-0.13 5:-0.1 13:0.11
b:monday_and 0:0.16 7:0.15
b:month_was 6:0.13
b:months_and 6:0.13
b:months_on 4:-0.1
b:months_to 5:0.11 6:0.1
b:morale_is 1:-0.13
b:more_staff 5:0.11
b:more_than 7:0.14 8:0.16 9:0.13 13:0.13
b:most_felt 6:0.1
b:moved_out 7:-0.12
b:much_better 2:-0.11 3:-0.1 5:-0.13 6:0.1
b:music_is 0:0.12
b:muy_bien 5:0.12
b:my_account 6:0.13
b:my_bank 4:0.1
b:my_blood 2:0.11 8:0.15 9:0.12
b:my_brakes 2:0.12
b:my_car 0:-0.11 3:0.18 7:-0.17
b:my_card 0:0.13 5:0.17
b:my_dog 1:0.13
b:my_grandmothers 5:0.11 6:0.1
b:my_house 0:0.14
b:my_husband 1:0.22 5:0.13 8:-0.14
b:my_isa 2:0.12 9:-0.13
b:my_last 7:0.17
b:my_mum 13:0.1
b:my_name 2:-0.12
b:my_old 0:-0.2 1:-0.11 2:0.18 6:-0.16 7:0.11 11:0.1
b:my_order 1:-0.1
b:my_own 12:0.15
b:my_phone 0:0.15 7:0.12
b:my_prescription 2:0.1 5:-0.11 9:-0.13
b:my_shift 6:0.11
b:my_son 1:0.17
b:my_sons 5:0.1
b:my_symptoms 9:-0.12
b:my_usual 11:0.1
b:n_clean 1:0.15
b:need_it 10:-0.11
b:needed_a 9:-0.12
b:needed_for 1:0.13
b:never_going 1:-0.11
b:never_got 6:0.13
b:never_had 6:0.11 13:0.12
b:never_once 0:-0.25 1:0.12 8:0.1 13:0.11
b:never_tells 2:0.11
b:new_bin 2:0.1
b:new_booking 5:-0.12
b:new_car 6:0.15
b:new_coffee 5:0.15 12:-0.12
b:new_exactly 5:-0.11
b:new_handset 2:0.18 9:0.15
b:new_headsets 6:0.11
b:new_one 6:0.11
b:new_phone 1:-0.18 5:-0.11 6:-0.1 7:0.1
b:new_place 6:-0.11
b:new_screen 6:0.14
b:new_vet 2:0.13
b:next_day 0:0.23 4:-0.25 7:-0.29
b:next_door 1:-0.16 5:0.14 12:-0.12
b:next_morning 0:0.22 3:0.18 7:0.34
b:next_week 10:-0.11
b:nhs_dental 0:0.11
b:nice_if 10:-0.11
b:nice_of 6:0.22
b:nice_touch 0:-0.11
b:nice_work 5:-0.14
b:night_on 6:0.11
b:nine_for 5:0.1
b:no_email 0:0.15 7:-0.13
b:no_one 1:-0.11 2:-0.11 6:0.19 13:-0.14
b:no_quibbles 6:0.12 13:0.14
b:no_surprises 4:-0.1
b:nobody_cared 5:0.12 12:0.11
b:nobody_ever 4:-0.11 6:0.14
b:nobody_felt 0:0.13
b:nobody_had 2:0.11 5:0.15 6:0.11
b:nobody_has 5:0.11
b:nobody_in 12:0.12
b:nobody_said 5:0.16
b:nobody_updated 13:-0.12
b:nobody_was 6:-0.1
b:none_of 2:0.11
b:not_a 4:-0.13 5:-0.14 10:0.13 12:0.11
b:not_any 2:0.11
b:not_cheap 5:0.23 12:0.13
b:not_complaining 11:0.17
b:not_on 1:0.12
b:not_once 7:0.24
b:not_the 1:0.13 4:0.14 11:-0.23
b:not_what 4:-0.13 5:-0.11
b:note_on 13:0.12
b:nothing_about 9:-0.14
b:nothing_else 1:0.12 2:0.1
b:noticed_when 2:0.14
b:nowhere_to 1:0.11
b:nurse_sat 1:0.1
b:of_a 1:0.28 2:-0.11 3:-0.15 4:-0.15 5:-0.2
b:of_being 2:0.1 9:0.11
b:of_complaints 0:0.11 5:0.12
b:of_compliments 1:0.14
b:of_course 5:0.13
b:of_date 13:-0.11
b:of_her 12:-0.1
b:of_his 2:0.11
b:of_it 1:0.11
b:of_me 1:0.12 8:-0.11
b:of_my 0:-0.14 2:-0.15 3:-0.11 5:-0.1 6:0.11
b:of_older 13:-0.14
b:of_order 5:0.14
b:of_our 1:0.15
b:of_parcels 4:0.11
b:of_reading 1:-0.12
b:of_seven 5:0.1
b:of_staff 8:-0.14
b:of_the 5:-0.11 6:0.14 13:0.15
b:of_them 1:0.19 2:-0.12 6:0.19 13:-0.12
b:of_town 7:-0.11
b:of_£ 0:0.16 6:0.12
b:off_and 2:0.1
b:off_at 0:0.12 7:0.11
b:off_by 5:0.12
b:off_every 2:0.11 5:-0.15
b:off_for 0:-0.14
b:off_it 8:0.15
b:off_the 3:0.11 5:0.2 9:0.11 10:0.2 11:0.12 12:-0.17
b:often_tell 1:0.14
b:oh_brilliant 0:0.15 6:-0.16 12:-0.1
b:oh_wait 6:0.13
b:ok_for 2:0.17 3:-0.13
b:old_one 7:0.13
b:older_customers 1:0.15
b:older_members 1:0.1 8:0.11
b:on_a 0:0.4 2:-0.19 4:0.11 5:0.37 6:-0.19 7:-0.13 8:0.11 11:-0.22 12:0.16
b:on_and 4:-0.12 12:0.13
b:on_first 0:0.12
b:on_his 1:0.13 8:-0.16
b:on_hold 0:0.23 6:-0.12 7:-0.23
b:on_it 5:0.13
b:on_monday 0:0.23 5:-0.17 7:-0.23
b:on_my 0:0.15 5:0.13 6:0.12 7:0.18 9:0.1 12:0.2
b:on_saturdays 6:0.14
b:on_sundays 0:-0.1
b:on_that 3:0.13 10:0.23
b:on_the 0:-0.1 1:0.27 5:-0.42 6:0.14 7:0.27 8:0.11 10:-0.19 11:0.14 12:0.21
b:on_them 5:0.11
b:on_thursday 7:-0.22
b:on_time 0:0.25 5:0.12 6:0.12 7:0.28
b:on_top 6:0.16
b:on_tuesday 0:-0.17
b:on_who 2:0.13
b:once_a 2:0.1 3:0.11 10:-0.18
b:once_had 13:0.13
b:once_in 7:0.19
b:once_made 0:-0.14
b:one_because 4:-0.1
b:one_could 2:-0.12
b:one_day 0:-0.14
b:one_in 7:0.11
b:one_lady 9:-0.13
b:one_of 1:0.13 5:0.13 6:-0.1
b:one_page 6:0.12
b:one_participant 0:0.12
b:one_participants 0:0.11
b:one_person 0:0.15
b:one_without 0:0.11
b:online_and 11:-0.15
b:only_3 0:0.13 7:-0.16
b:only_found 4:0.11
b:only_gripe 3:0.15
b:only_noticed 2:0.11
b:only_one 4:-0.14
b:only_took 0:0.13
b:only_£ 11:-0.22
b:opening_hours 3:-0.11
b:option_and 5:0.11
b:order_again 5:0.1
b:order_sign 5:0.12
b:ordered_at 0:0.16 7:0.11
b:ordered_the 12:-0.12
b:other_garages 5:-0.1
b:other_peoples 1:-0.14 3:0.16 11:0.1
b:our_new 2:0.11
b:our_road 0:0.16
b:our_room 5:0.17 12:-0.13
b:our_table 10:-0.11
b:out_about 6:0.11 13:-0.1
b:out_by 5:0.15
b:out_for 2:0.1
b:out_in 7:0.22
b:out_looking 5:0.18
b:out_my 6:0.21
b:out_of 0:-0.11 4:0.13 8:0.13 11:-0.1 12:-0.25 13:0.15
b:out_that 11:-0.19
b:out_the 0:0.3 7:-0.11 9:-0.15 13:0.13
b:out_there 5:0.1
b:out_to 6:0.13
b:out_within 7:0.27
b:outside_my 0:0.14 7:0.12
b:over_a 0:0.13
b:over_an 5:0.13 6:-0.11
b:over_and 5:0.16
b:over_the 3:0.14 9:0.15 10:-0.1 11:0.13
b:over_two 6:0.13
b:overdraft_fees 4:0.12
b:paid_for 5:0.1 9:0.11
b:paid_£ 0:0.3 4:-0.17 7:-0.13
b:paint_was 2:0.16 3:-0.12
b:park_at 4:0.13
b:park_for 0:-0.13
b:parking_at 11:-0.15
b:participant_said 11:-0.11 12:-0.12
b:participants_felt 0:-0.13 1:0.1
b:participants_had 0:0.15
b:participants_mentioned 1:-0.17
b:participants_said 13:-0.14
b:pasty_was 3:-0.13 5:0.16 12:-0.17
b:patch_on 3:0.13
b:patient_with 4:-0.1 5:-0.11
b:patients_are 0:0.12 6:-0.12 7:0.15
b:pay_a 11:0.11
b:pay_for 5:0.13
b:pay_in 5:0.11
b:pay_went 4:-0.13
b:paying_more 4:0.12
b:paying_£ 5:0.11 11:-0.15
b:people_described 1:0.11
b:people_mentioned 1:0.11
b:people_say 2:-0.11
b:people_to 2:0.13
b:person_on 7:-0.1
b:pet_shop 1:-0.12
b:pharmacist_sorted 2:0.12
b:pharmacy_counter 0:0.13
b:pharmacy_staff 0:0.11
b:phone_call 6:0.15 8:-0.14
b:phone_screen 0:0.14 7:0.11
b:phone_shop 2:0.18
b:phone_support 0:0.15 5:0.14
b:phone_system 6:-0.12 7:0.1
b:phone_was 8:0.12
b:phoned_the 6:-0.11
b:photos_and 2:0.21 5:0.18 9:0.13 12:0.14
b:photos_of 4:-0.11
b:picked_it 5:0.11
b:picked_up 2:0.2
b:pile_of 3:0.11
b:place_was 3:0.16 10:-0.13 11:0.11
b:plain_english 13:0.14
b:play_to 11:0.11
b:pointing_out 11:-0.19
b:post_office 0:0.12 5:-0.12
b:prescription_is 0:0.13
b:price_changes 6:0.15
b:price_includes 4:0.1
b:price_of 1:-0.1 5:-0.11 6:-0.12 9:0.11
b:price_rise 6:0.13
b:prices_are 4:0.11 5:-0.16
b:prices_were 1:0.11
b:private_clinic 2:0.1
b:problem_after 2:0.1 9:0.11
b:promised_a 0:-0.15 3:0.1
b:promised_and 2:0.12
b:properly_and 1:0.12
b:put_the 2:0.14 5:0.2 9:-0.12
b:questions_about 2:0.13
b:queue_at 0:0.14 5:0.25 6:0.14
b:queuing_at 5:0.1 6:-0.16 12:-0.11
b:quick_and 1:0.1
b:quick_look 0:-0.16 12:0.14
b:quick_to 4:-0.13
b:quid_for 12:-0.11
b:rang_at 13:0.12
b:rang_i 4:0.11
b:rang_me 6:0.15 13:0.15
b:rang_the 1:0.13
b:rang_to 5:-0.13 6:0.1
b:rather_than 5:-0.13
b:rave_about 5:0.19
b:read_out 6:0.1
b:read_the 1:0.12 2:0.14 9:-0.14
b:reading_off 1:-0.13
b:ready_at 7:0.17
b:ready_by 2:0.11
b:ready_in 7:0.11
b:ready_when 0:0.16
b:really_appreciated 1:0.13 6:0.24 13:-0.25
b:really_impressed 7:0.1
b:really_knew 5:-0.1
b:really_know 2:0.1
b:really_reassuring 2:0.17 6:0.1 9:-0.1
b:reason_they 1:0.12
b:reassuring_when 2:0.17
b:reception_staff 8:-0.18
b:reception_was 5:0.18
b:receptionist_at 8:-0.22
b:receptionist_told 0:-0.12 2:0.21 9:-0.14
b:receptionist_was 1:0.21
b:recommended_a 1:-0.14 2:0.17 5:0.17
b:remaining_branch 5:0.11
b:removal_lads 8:0.11
b:removal_men 3:0.12 5:0.13
b:repeat_prescription 0:0.14
b:replaced_it 5:0.15 12:-0.1
b:replacement_out 0:0.15 7:0.1
b:reported_a 0:0.12
b:reported_it 0:0.19
b:reported_the 0:0.12
b:reserved_a 6:0.1
b:reviews_saying 10:-0.11
b:ring_up 4:-0.1
b:ring_us 0:0.1
b:ring_you 0:-0.11 6:0.14
b:rip_off 4:0.12 11:-0.14
b:road_again 5:0.17 12:-0.19
b:rong_with 5:-0.1
b:room_and 6:0.12
b:room_floor 10:0.1
b:room_hasnt 2:0.12
b:room_immaculate 5:0.11 12:0.11
b:room_is 5:-0.1
b:room_was 0:0.16 12:-0.14
b:rooms_are 0:0.15
b:rooms_smell 3:0.18 10:-0.12
b:round_here 5:0.12 11:0.14
b:round_in 13:-0.1
b:round_the 1:0.11 7:0.15
b:rude_to 7:-0.12
b:running_back 2:-0.1
b:runs_it 1:0.1
b:s_new 12:-0.14
b:said_10 0:0.14 7:0.1
b:said_good 1:0.12
b:said_he 0:0.11
b:said_hed 5:0.15
b:said_hello 12:0.11
b:said_i 6:-0.1 9:0.17
b:said_it 5:0.18 13:-0.11
b:said_itd 7:0.11
b:said_my 2:0.15
b:said_no 2:0.13 6:-0.13
b:said_thats 5:0.12
b:said_the 2:0.25 3:0.17 4:0.21 6:0.12 8:0.12 12:-0.14 13:0.11
b:said_their 12:-0.11
b:said_they 0:-0.14 4:-0.21 12:0.13 13:0.1
b:said_to 5:0.12
b:said_was 6:0.11
b:said_yes 2:0.13
b:sales_assistant 5:0.13
b:salesman_was 1:0.1 8:-0.25
b:same_day 0:0.14 7:0.1
b:same_week 6:-0.15
b:sat_in 3:0.11
b:saved_me 2:0.32 9:0.23
b:saw_me 1:0.11
b:saw_the 2:0.12
b:say_it 1:-0.12
b:say_its 2:-0.14 5:0.13 12:-0.11
b:say_my 7:-0.15 13:-0.16
b:say_our 5:0.11
b:say_so 5:0.12 12:0.1
b:say_the 0:0.12 5:-0.16 6:0.12
b:saying_the 10:-0.11
b:scone_was 5:0.18 12:-0.17
b:scratched_the 8:0.11
b:security_guard 1:0.14
b:see_a 5:0.15
b:see_the 0:0.2 10:-0.13
b:see_where 6:0.13
b:seem_to 2:0.1 9:-0.12
b:seen_a 1:0.12
b:seen_within 7:0.12
b:sehr_freundlich 0:0.14
b:self_checkouts 0:0.12
b:sell_me 0:-0.15 1:-0.19
b:sent_a 6:0.22 13:0.13
b:sent_me 0:0.11 5:-0.1 6:0.17
b:sent_three 13:-0.12
b:service_advisor 7:-0.16 13:-0.17
b:service_and 2:0.13
b:service_at 4:0.14
b:service_fee 4:0.11
b:serving_me 8:-0.15
b:several_had 5:-0.14
b:several_people 5:0.11
b:shame_the 11:0.14
b:she_had 0:0.18
b:she_knew 5:0.12
b:shift_apologising 6:0.1
b:shop_didnt 2:0.12
b:shop_here 1:0.12
b:shop_knew 1:-0.12
b:short_with 1:0.16 5:-0.12
b:shouldnt_be 7:0.1
b:showed_me 6:0.25
b:showed_us 0:-0.15 1:0.13
b:showers_are 2:0.13
b:side_room 1:0.1
b:sighed_loudly 5:0.11
b:signage_to 6:-0.11
b:simp_tico 5:0.12
b:since_it 6:0.12
b:since_the 6:-0.14 7:0.11 13:0.13
b:since_they 2:0.13 4:0.12 5:-0.11 11:0.1
b:since_tuesday 13:-0.12
b:since_we 1:-0.11 2:-0.21 3:0.14 6:0.14 7:0.15 10:0.26 13:0.2
b:singled_out 2:-0.1
b:six_minutes 0:-0.13 1:0.15
b:six_weeks 5:0.22
b:six_years 11:-0.1
b:skirting_boards 11:-0.14
b:sleeping_on 5:0.15
b:small_online 4:0.11
b:snapped_at 5:0.15
b:so_customers 5:0.15 12:-0.11
b:so_every 5:0.2
b:so_half 0:-0.1
b:so_i 0:-0.12
b:so_ill 8:0.13
b:so_im 9:0.11
b:so_much 6:0.2 13:-0.12
b:so_patient 1:0.11
b:so_we 2:0.19 6:0.14 7:-0.12 9:-0.11
b:so_when 6:0.16
b:social_media 6:0.11
b:someone_elses 2:0.2 3:0.25 10:-0.12
b:someone_will 6:0.16
b:sorted_it 0:0.11 2:0.15
b:sorted_my 0:0.19 7:0.15
b:speaks_to 1:0.12
b:speck_of 10:0.11
b:spend_half 6:0.11
b:spent_twenty 1:0.12
b:spoke_to 0:0.1 1:0.12
b:spoken_to 0:-0.12 1:0.15
b:spot_on 0:-0.14
b:spotless_and 5:0.11
b:squeezed_me 6:-0.13
b:staff_are 1:0.19 8:0.13 12:-0.12
b:staff_as 1:0.13 5:-0.17 8:-0.11
b:staff_at 1:-0.13
b:staff_canteen 5:-0.11
b:staff_know 9:0.13
b:staff_lovely 8:0.15
b:staff_on 5:0.11
b:staff_super 5:0.11
b:staff_were 8:-0.16 13:-0.12
b:stain_on 5:0.14
b:stale_by 5:0.1
b:stars_for 5:0.15 12:0.14
b:start_and 5:0.13 12:0.12
b:start_to 0:0.1
b:started_sending 3:0.12
b:steering_wheel 3:0.17 5:-0.12
b:step_by 6:0.1
b:sticky_floor 5:0.12
b:still_cant 2:0.12
b:still_had 3:0.14
b:still_on 7:-0.15 13:-0.14
b:still_piping 7:0.11
b:still_there 0:0.16
b:still_wont 5:0.15 9:-0.11
b:stone_cold 0:0.15 7:-0.15
b:stood_there 5:-0.11
b:stopped_using 2:0.16
b:storage_unit 5:-0.1
b:story_short 5:0.16 12:0.1
b:straight_away 5:0.1 7:0.12
b:stuck_to 10:-0.29
b:stuff_and 5:0.11
b:such_a 1:0.15
b:sunday_roast 11:-0.12
b:supplier_and 7:0.1
b:surgery_is 8:-0.16
b:surgery_on 3:0.16 10:0.23
b:surprised_the 10:0.17
b:swept_up 3:0.23 10:0.14
b:ta_! 3:0.12 10:0.36
b:table_and 8:0.11
b:table_still 3:0.15
b:tables_wiped 10:0.13
b:take_a 1:0.1
b:takeaway_i 4:0.11
b:taking_three 7:-0.11
b:talked_about 1:0.21
b:talked_me 6:0.11
b:talked_to 1:0.18
b:tbh_the 5:0.15 12:-0.14
b:tea_was 5:0.13 12:-0.15
b:team_are 1:0.16
b:team_still 2:0.13
b:teeth_and 1:0.13
b:tell_customers 2:0.1 6:-0.11
b:tell_me 1:-0.17 4:-0.11 6:0.19
b:tell_them 2:0.1 6:0.11 13:0.1
b:tell_us 7:0.11
b:tell_you 5:-0.17 6:-0.1 9:0.11
b:telling_me 2:-0.11 5:0.2
b:telling_us 6:0.12 12:-0.15
b:tells_us 2:0.1 6:0.11
b:tells_you 6:0.12
b:ten_minutes 0:0.21 7:0.38
b:tenner_for 11:0.37
b:test_results 2:0.11
b:text_saying 13:-0.12
b:text_when 6:-0.11
b:than_at 4:0.11
b:than_he 5:0.1 7:-0.11
b:than_i 5:0.11
b:than_my 3:0.14 10:0.13 11:0.12
b:than_once 4:0.13
b:than_the 1:0.13 4:0.19 8:-0.11 9:0.14 11:0.12
b:than_us 5:0.14 12:0.1
b:thank_us 1:0.11
b:thank_you 1:-0.19
b:thanks_for 13:-0.16
b:thanks_so 6:0.11
b:thanks_to 2:0.11
b:that_a 7:0.11
b:that_before 0:-0.1 6:0.15 13:0.14
b:that_for 0:0.14
b:that_had 2:0.11
b:that_haircut 5:0.13
b:that_my 2:0.11 9:0.14
b:that_nobody 6:0.12
b:that_parking 6:0.11
b:that_the 3:0.14 5:0.21 6:0.24
b:that_they 12:-0.2
b:that_took 5:-0.1
b:that_was 0:-0.42 1:0.2 5:-0.4
b:thats_been 5:0.11 13:-0.11
b:the_8 0:0.12
b:the_advice 2:0.15
b:the_advisers 2:0.13
b:the_ambulance 1:0.1
b:the_angry 13:0.14
b:the_app 1:-0.12 5:0.26 6:0.16
b:the_appointment 1:0.15 13:-0.11
b:the_assistant 1:0.16
b:the_bag 5:-0.13
b:the_bakery 1:0.11
b:the_band 1:-0.16
b:the_banks 5:0.12 6:-0.13
b:the_bar 1:0.14 2:-0.13
b:the_bath 10:-0.2
b:the_bathroom 5:-0.13
b:the_battery 12:0.14
b:the_bell 5:0.13
b:the_best 3:-0.11 4:0.14 5:0.13 12:0.21
b:the_big 2:0.17 11:0.14
b:the_bill 1:0.27 4:0.31 5:0.25 13:0.18
b:the_bin 5:0.19 13:-0.14
b:the_bins 0:0.13 3:0.12 5:0.11
b:the_bloke 1:0.2
b:the_book 0:0.1
b:the_box 13:0.14
b:the_brakes 9:0.17
b:the_branch 5:-0.14 7:0.16 9:-0.16 13:-0.11
b:the_breakfast 5:0.13
b:the_broadband 6:-0.1
b:the_builders 11:0.13
b:the_building 2:0.1 4:0.11
b:the_burgers 10:-0.14
b:the_cable 5:0.19 12:-0.11
b:the_caf 1:-0.11 5:0.22 10:-0.11
b:the_cake 5:0.16
b:the_call 0:0.19 5:-0.12 6:0.11
b:the_car 0:0.23 2:-0.14 12:-0.17
b:the_cast 5:0.16
b:the_cat 5:0.12 12:0.12
b:the_change 1:0.15 8:0.12
b:the_changing 3:0.1 11:0.1
b:the_chap 0:0.13
b:the_chat 13:-0.12
b:the_cheapest 11:-0.15
b:the_checkout 6:0.12
b:the_chef 10:-0.15
b:the_childrens 3:0.13
b:the_chips 5:0.13 12:-0.24
b:the_christmas 1:-0.11
b:the_city 5:0.13
b:the_cleaners 2:0.12 5:-0.12
b:the_cleaning 10:0.21
b:the_cold 6:0.11
b:the_colour 2:0.11 9:0.11
b:the_company 1:-0.12 5:0.11 6:0.29 8:0.11 12:-0.11
b:the_complaints 4:-0.14
b:the_complimentary 4:-0.14
b:the_consensus 12:-0.14
b:the_consulting 3:0.11
b:the_contractors 5:0.1
b:the_corner 2:-0.1
b:the_council 0:0.24 2:0.11 4:-0.13
b:the_councils 6:0.11 13:-0.14
b:the_counter 1:0.19 5:0.11
b:the_courier 0:0.17 6:0.15 7:0.16
b:the_crew 1:0.1
b:the_customer 4:0.12 5:0.13 10:-0.13
b:the_customers 2:0.11
b:the_cut 0:-0.13 11:0.1
b:the_cutlery 1:0.14
b:the_damage 4:-0.1 6:0.12 8:0.11
b:the_date 13:0.12
b:the_day 0:-0.14 5:-0.11 7:0.11 12:0.11 13:0.19
b:the_dealer 9:0.17
b:the_delivery 4:0.1
b:the_dentist 6:0.12
b:the_depot 7:-0.12
b:the_desk 0:0.15 3:0.16 4:0.17
b:the_difference 4:0.11
b:the_doctor 6:0.2 13:-0.18
b:the_dog 3:0.17
b:the_door 0:0.25 2:-0.1
b:the_doors 7:-0.15
b:the_drive 3:0.11
b:the_driver 0:0.17 1:0.15 5:0.11 6:0.23
b:the_drivers 3:0.15 5:-0.16
b:the_driving 6:-0.1
b:the_dry 5:0.23 12:0.13
b:the_eggs 8:0.14
b:the_emergency 7:-0.21
b:the_end 11:0.11
b:the_engine 2:0.12
b:the_entire 6:0.1
b:the_express 0:0.32 7:-0.2
b:the_extra 2:-0.1 4:0.28 5:0.13
b:the_final 5:-0.13
b:the_first 3:-0.16 5:0.15 7:0.11 8:0.16
b:the_fish 5:0.14
b:the_floor 3:0.16 6:0.11 11:0.16
b:the_following 0:0.25 7:-0.15
b:the_food 4:-0.11 5:0.21 6:-0.12 12:0.23
b:the_form 1:0.13 8:-0.1
b:the_free 4:-0.12
b:the_fridge 12:0.12
b:the_front 5:0.24
b:the_gate 5:-0.13
b:the_girl 5:0.12
b:the_gp 0:0.11 1:0.11 9:0.15
b:the_group 1:-0.14 6:-0.13 12:0.19
b:the_guard 2:0.14
b:the_guy 2:0.14 5:0.19 8:-0.11
b:the_hake 5:0.11 9:0.12
b:the_handover 6:0.11
b:the_headphones 12:0.13
b:the_helpline 5:0.13
b:the_hold 0:0.11
b:the_hospital 4:0.12 11:-0.19
b:the_hotel 5:0.1
b:the_info 1:0.14 6:-0.17
b:the_installation 5:0.12
b:the_instructions 6:0.12
b:the_invoice 4:0.15
b:the_kids 5:0.13
b:the_kitchen 5:0.14 7:-0.13
b:the_lad 2:0.13 5:0.16 8:-0.15 9:-0.14 12:-0.16
b:the_lamb 5:0.15
b:the_laptop 9:-0.11
b:the_last 5:-0.16 10:-0.13
b:the_late 4:0.15 11:0.1
b:the_leaflet 2:0.13
b:the_leak 0:0.15 7:-0.11
b:the_lessons 5:0.1
b:the_letter 6:0.18
b:the_letting 13:-0.2
b:the_librarian 2:0.11
b:the_library 0:-0.12 3:0.1
b:the_little 1:0.1 4:0.15
b:the_local 5:0.11
b:the_lockers 5:0.2 12:-0.13
b:the_locum 2:0.16
b:the_lowest 0:0.12
b:the_main 0:0.1 2:-0.11 5:0.15 12:0.14
b:the_man 1:0.13 5:0.25 6:-0.11
b:the_manager 1:0.18 2:-0.15 5:-0.14
b:the_meat 1:0.11
b:the_mechanic 2:0.2
b:the_middle 5:0.23 12:-0.11
b:the_moderator 10:0.17
b:the_monday 0:0.11 7:0.15 12:0.16
b:the_most 4:0.1
b:the_new 0:-0.1 1:-0.11 2:0.16 3:-0.1 5:0.16 6:-0.2 7:0.12 9:-0.13 12:0.24 13:0.27
b:the_next 0:0.19 7:0.28
b:the_night 1:0.21 8:0.16
b:the_odds 11:0.12
b:the_one 0:0.15 3:0.18 5:-0.15 7:0.11 9:0.11
b:the_only 4:-0.14 6:0.18
b:the_optician 2:0.17 9:0.12
b:the_opticians 1:-0.18
b:the_other 1:0.11 3:0.15 8:-0.1
b:the_overdraft 4:0.12
b:the_owner 4:0.13 5:0.14
b:the_paint 2:0.17 3:-0.13
b:the_parcel 1:0.11
b:the_pet 1:-0.12 2:0.1
b:the_pharmacist 0:-0.15 2:0.27 9:0.27
b:the_pharmacy 0:0.13 5:-0.11
b:the_phone 0:0.16 1:0.19 2:0.2 3:-0.1 4:-0.11 5:-0.18 7:-0.12 9:-0.22
b:the_phones 2:0.16 6:-0.12
b:the_photos 5:0.14
b:the_physio 5:0.26 6:0.11 12:0.22
b:the_pilot 6:0.23
b:the_place 3:0.23 5:0.12 7:-0.16
b:the_plane 5:-0.1
b:the_pool 3:0.1 6:0.21 12:-0.1 13:-0.1
b:the_post 0:0.14
b:the_practice 2:-0.14 4:0.14
b:the_previous 3:0.12
b:the_price 1:-0.11 2:0.11 4:0.21 9:0.1 10:0.11 11:0.18 13:-0.15
b:the_prices 4:0.16
b:the_privilege 11:-0.1
b:the_queue 0:0.33 5:-0.17 7:-0.17
b:the_queues 0:0.1
b:the_quick 0:0.16
b:the_rain 5:0.11
b:the_ramp 7:-0.15
b:the_rash 2:0.12
b:the_reason 1:0.12
b:the_receptionist 1:0.34
b:the_refit 13:-0.11
b:the_removal 3:0.11 5:0.13 8:0.12
b:the_repair 6:0.15 13:0.1
b:the_return 5:0.1
b:the_right 2:0.14 9:0.21
b:the_road 1:-0.16
b:the_roof 4:-0.1 9:0.11
b:the_room 1:0.2 6:0.12 12:-0.11 13:-0.11
b:the_rooms 3:0.14
b:the_router 2:0.18
b:the_sale 5:0.14
b:the_same 6:0.1 8:0.14 10:-0.14 13:-0.14
b:the_sandwiches 4:0.12
b:the_saturday 0:-0.11
b:the_screen 5:0.13
b:the_shoes 5:0.13 12:-0.12
b:the_shop 0:-0.15
b:the_shower 0:0.12
b:the_showers 2:0.1
b:the_sink 11:-0.11
b:the_skirting 11:-0.14
b:the_sourdough 1:0.12
b:the_spa 4:0.11
b:the_specialist 0:0.11
b:the_staff 1:0.15 5:-0.2 6:-0.14 8:0.12 11:-0.16
b:the_steering 3:0.17 5:-0.12
b:the_stylist 1:0.13 5:0.15 11:0.1
b:the_sunday 11:-0.11
b:the_supermarket 1:0.14
b:the_supervisor 1:0.1
b:the_surgery 2:0.13 5:-0.1 8:-0.14 9:0.1
b:the_system 1:-0.14
b:the_takeaway 5:-0.11
b:the_tap 5:0.16 7:-0.1 12:-0.13
b:the_tea 5:-0.12
b:the_team 2:0.12
b:the_third 5:0.13 12:-0.12
b:the_ticket 1:0.11
b:the_till 2:-0.11
b:the_tills 1:0.14
b:the_time 0:0.16 5:-0.27 6:-0.23
b:the_tip 1:0.15 8:0.13
b:the_toilets 0:-0.13 3:0.15
b:the_train 6:0.15 11:-0.24
b:the_training 2:0.12 6:-0.11
b:the_treadmills 5:0.12
b:the_tyre 2:0.21
b:the_update 6:0.11
b:the_van 0:0.17 7:0.14
b:the_vegetarian 2:0.11
b:the_vet 0:-0.11 1:0.13 2:0.12
b:the_view 3:-0.1
b:the_wait 0:0.37 5:0.14 7:-0.15 12:0.12
b:the_waiter 1:0.2 5:0.13 8:0.15 10:-0.1 12:-0.14
b:the_waiting 0:-0.23 2:0.16 3:0.18 9:0.13
b:the_walk 7:-0.11
b:the_warranty 0:-0.12 2:0.15
b:the_way 1:0.16 6:0.13 13:0.14
b:the_website 4:0.11 13:-0.2
b:the_wheels 3:-0.13 5:0.12 7:-0.15 13:-0.14
b:the_whole 1:0.17 2:0.21 6:0.13
b:the_wifi 5:0.13
b:the_woman 1:0.24
b:the_work 5:0.16
b:the_worn 6:0.16
b:the_wrong 2:0.33 5:-0.15 9:-0.3
b:the_£ 4:0.33 6:0.24 11:-0.21
b:their_conversation 8:-0.11
b:their_credit 5:0.12 6:0.14
b:their_repair 13:-0.1
b:their_stuff 2:0.11 9:0.12
b:them_at 5:0.17 12:-0.12
b:them_back 3:0.12
b:them_that 0:0.15
b:them_to 6:0.27
b:them_when 13:0.1
b:there_and 1:0.1 7:-0.15 13:-0.14
b:there_the 0:0.11
b:there_was 3:0.1 6:-0.1
b:there_wasnt 6:0.11
b:there_were 5:-0.16 10:-0.11
b:theres_only 5:0.12
b:they_can 6:0.21
b:they_cut 2:0.15
b:they_didnt 1:0.11 4:0.1 5:-0.12
b:they_do 0:0.1
b:they_emailed 6:0.13 13:0.16
b:they_fitted 5:0.13
b:they_gave 2:0.12
b:they_had 0:0.14 3:0.12 10:0.15 12:0.11
b:they_never 13:-0.34
b:they_promised 5:0.1
b:they_replaced 5:0.14 12:-0.12
b:they_said 0:0.21 2:-0.1
b:they_say 2:0.16
b:they_see 4:0.1
b:they_sent 6:0.18 13:0.1
b:they_still 1:0.11
b:they_took 4:-0.16
b:they_were 5:0.11 7:-0.13 9:-0.16 10:-0.13 12:0.12
b:they_would 0:-0.12 4:-0.14
b:theyd_said 0:0.13 7:0.1
b:theyre_the 1:0.11
b:thing_was 7:0.11
b:think_ive 4:0.13 11:0.11
b:think_we 4:0.12
b:this_is 3:-0.12
b:this_lot 7:0.15
b:this_month 6:0.14
b:thorough_and 1:-0.17
b:those_who 0:0.13 5:0.16
b:though_i 0:0.11
b:though_the 5:-0.16
b:three_courses 5:0.12
b:three_days 4:0.12
b:three_different 6:0.12
b:three_emails 13:-0.11
b:three_hours 0:0.22 7:-0.13
b:three_quotes 4:-0.11
b:three_times 1:0.11 5:0.11 6:-0.11
b:three_visits 7:0.25
b:three_weeks 5:0.19 12:-0.18
b:three_winters 5:0.1 12:0.11
b:through_the 6:0.18
b:thyroid_problem 2:0.14 9:0.14
b:ticket_number 0:0.16 7:-0.11
b:time_and 1:0.12 8:-0.21
b:time_i 0:0.14 2:-0.12 7:-0.17
b:time_in 5:0.25 12:0.15
b:time_ive 3:-0.11
b:time_they 6:-0.12
b:time_to 8:0.17
b:times_a 4:0.1
b:times_and 9:-0.13
b:times_over 6:0.13
b:to_a 1:-0.12 5:0.12 6:0.13
b:to_answer 2:0.12 9:-0.1
b:to_as 1:0.13
b:to_ask 0:-0.18 4:-0.15 6:-0.21 9:-0.26
b:to_be 1:0.22 3:0.19 4:0.2 5:0.12 6:-0.1 8:-0.15
b:to_bring 6:0.14
b:to_call 0:-0.18 6:-0.12
b:to_chase 13:0.16
b:to_check 6:0.12 7:0.11 9:0.17
b:to_complain 3:0.14
b:to_do 2:0.12
b:to_everyone 1:-0.11
b:to_explain 1:-0.19 6:0.29
b:to_find 5:0.11 6:0.15
b:to_fix 3:-0.11 5:0.15 7:0.13 12:0.1
b:to_get 0:0.11 7:-0.2 11:-0.2
b:to_go 0:0.12 7:-0.12 11:0.13
b:to_her 2:0.11
b:to_keep 1:0.18 2:0.11 8:0.26
b:to_know 2:0.11 9:-0.16
b:to_look 2:-0.12
b:to_malaga 5:0.13
b:to_manchester 11:-0.26
b:to_me 6:0.12 9:-0.14
b:to_mention 6:0.1
b:to_my 0:-0.12 1:0.2
b:to_our 12:-0.12
b:to_park 0:-0.16 4:0.14
b:to_pay 11:0.17
b:to_read 1:0.26 6:0.14
b:to_repeat 6:0.11
b:to_say 0:0.16 2:-0.15 6:0.22 7:-0.18
b:to_see 0:0.12 10:-0.13
b:to_sell 0:-0.1 1:-0.16 2:0.13
b:to_take 0:0.16 2:0.14
b:to_tell 2:0.17 6:0.18
b:to_the 0:0.14 1:0.14 5:-0.16 6:-0.17 7:-0.16 9:0.13 10:-0.11
b:to_their 5:0.11 6:0.12 8:-0.12
b:to_them 7:-0.12 11:0.16
b:to_three 13:-0.14
b:to_upsell 1:0.23
b:to_us 0:0.11 6:-0.31
b:to_watch 6:0.1
b:to_wipe 3:0.12
b:to_work 2:0.14
b:to_£ 6:0.11 12:0.11
b:toilets_have 10:0.17
b:told_about 6:0.17
b:told_it 2:0.16
b:told_me 2:0.35 4:-0.28 6:-0.22 8:-0.12 13:-0.11
b:told_the 1:0.16 8:0.11 10:-0.11
b:told_three 6:0.12
b:told_us 0:-0.17 2:0.11
b:too_bad 7:0.11
b:took_a 0:0.21 4:-0.25
b:took_about 7:0.14
b:took_four 0:0.1 5:0.11
b:took_it 5:0.1
b:took_me 1:0.11
b:took_my 8:0.13
b:took_the 4:0.12 5:0.1
b:took_three 0:-0.17 5:0.1 6:0.11
b:took_two 1:0.13
b:top_of 1:-0.13 2:0.1 6:0.14
b:town_but 11:-0.17
b:tr_s 4:0.28 5:0.14
b:train_was 6:0.1
b:treadmills_have 5:0.11
b:treat_to 5:0.13
b:tried_the 5:0.14 12:-0.13
b:trim_and 5:0.12
b:try_to 8:0.12
b:tuesday_and 13:-0.14
b:turn_up 0:-0.11 5:0.11
b:turned_out 0:-0.11
b:turned_up 0:0.41 2:-0.12 6:0.17
b:tv_was 0:-0.1
b:twenty_minutes 0:0.18 1:0.13 2:0.21 12:0.11
b:twenty_years 3:-0.12
b:twice_as 11:-0.11 12:-0.11
b:twice_before 3:0.11
b:twice_for 0:-0.18
b:two_days 4:-0.15 5:0.2 7:0.19 13:0.11
b:two_different 2:0.14
b:two_emails 8:0.11
b:two_hour 6:0.11 13:0.13
b:two_hours 6:0.23 13:-0.11
b:two_of 0:0.11
b:two_participants 4:-0.11
b:two_weeks 0:0.17
b:two_years 1:-0.1
b:unable_to 0:0.11
b:under_the 5:0.11
b:until_i 12:-0.13
b:up_after 3:0.23 5:0.12 7:0.12 10:0.13 12:0.17
b:up_at 0:0.11 1:0.13 6:0.1 13:-0.1
b:up_in 7:0.17 10:0.14
b:up_my 5:-0.14
b:up_on 5:0.11
b:up_queuing 5:0.1 12:-0.11
b:up_the 4:-0.14 12:0.19
b:up_to 12:-0.11
b:up_within 2:0.11 5:-0.11
b:update_on 0:-0.11
b:updated_every 6:0.13 13:0.15
b:updated_them 13:-0.12
b:upgrade_and 5:0.1 12:-0.1
b:upsell_me 1:0.2
b:us_a 1:0.18 8:0.13 12:-0.13
b:us_about 11:-0.11
b:us_are 0:-0.11
b:us_asking 5:0.12 8:0.11
b:us_either 2:0.12
b:us_feel 0:-0.11
b:us_for 1:0.12
b:us_in 7:-0.22
b:us_round 0:-0.15 1:0.12
b:us_the 5:0.16 6:0.25 12:-0.18
b:us_to 13:-0.15
b:us_updated 6:0.17 13:0.19
b:us_were 1:0.14 6:-0.1
b:use_again 2:0.11
b:use_the 5:-0.17
b:used_to 0:0.12 5:0.11
b:usual_place 11:0.11
b:very_apologetic 0:0.11 3:0.13 10:0.11
b:very_kind 6:-0.11
b:vet_didnt 1:-0.12
b:vet_nurse 2:0.12 10:0.1
b:vivaldi_on 0:0.12
b:wait_in 0:-0.1
b:wait_was 0:0.1
b:waited_for 1:0.11 12:0.12
b:waiter_was 1:0.14 8:-0.1
b:waiting_area 3:0.13 5:0.12
b:waiting_for 0:0.13 5:-0.13
b:waiting_list 1:-0.11 7:-0.11
b:waiting_room 1:-0.14 3:0.1 5:-0.21 10:0.1
b:walk_out 0:0.13
b:want_to 0:0.15
b:war_super 5:0.12 12:0.1
b:warm_too 5:0.14 12:0.12
b:was_a 1:0.12 3:0.11 4:0.16 5:0.16 6:-0.1 8:-0.17 12:0.12 13:-0.12
b:was_amazin 3:0.15 10:-0.12
b:was_apologetic 6:-0.11
b:was_back 5:0.12
b:was_cancelled 6:0.12
b:was_clean 10:0.11
b:was_covered 11:0.1
b:was_doing 5:0.1
b:was_easy 5:0.12
b:was_excellent 2:0.1 9:0.11
b:was_expecting 1:0.1
b:was_filthy 3:0.17
b:was_fine 1:-0.26 4:-0.12 7:-0.1
b:was_freehold 2:0.1
b:was_freezing 5:-0.12
b:was_full 0:-0.15
b:was_given 2:0.13
b:was_great 1:0.21 12:0.13
b:was_immaculate 3:0.11
b:was_in 5:0.12 7:0.1 12:-0.14
b:was_just 2:0.11
b:was_lovely 1:0.27 5:-0.12 8:0.21
b:was_missing 1:-0.13
b:was_nice 0:0.14 4:-0.13
b:was_ok 3:-0.15 7:0.11 13:0.1
b:was_out 0:-0.1 9:0.12
b:was_over 0:-0.13
b:was_overcooked 8:0.1
b:was_painless 7:0.1
b:was_praised 3:0.1
b:was_proper 5:0.12 12:0.11
b:was_quick 1:0.12
b:was_ready 0:0.11 5:0.12 6:0.15 13:-0.13
b:was_really 5:0.1
b:was_rong 5:-0.1
b:was_sat 6:0.11
b:was_shorter 1:0.11
b:was_so 1:0.17 2:-0.11 5:-0.12 13:0.16
b:was_some 8:-0.14
b:was_sound 6:0.13
b:was_spoken 1:0.13
b:was_spot 0:-0.13
b:was_spotless 3:0.16 10:0.13
b:was_still 7:-0.15 13:-0.16
b:was_stress 2:0.1 9:0.11
b:was_stunning 5:0.17
b:was_supposedly 1:0.12
b:was_the 3:0.12 6:0.29 7:0.15 12:0.16
b:was_thorough 1:-0.14
b:was_to 6:0.11
b:was_told 3:-0.11 7:-0.16
b:was_£ 4:0.12 5:-0.17
b:washing_machine 0:-0.11
b:wasnt_one 6:0.11
b:wasnt_rude 5:-0.1
b:wasnt_too 7:0.11
b:water_company 0:0.16
b:way_the 1:0.14
b:way_to 8:0.12
b:we_brought 10:0.18
b:we_can 6:0.11
b:we_charge 4:0.12
b:we_dont 6:0.18
b:we_get 6:-0.1
b:we_got 6:0.13 7:0.16
b:we_had 0:-0.18
b:we_look 6:0.13
b:we_needed 5:0.12
b:we_started 3:0.13
b:we_waited 1:0.12
b:we_went 0:0.13 6:-0.12
b:we_were 0:0.18
b:week_after 0:0.13
b:week_late 6:0.13
b:week_of 0:0.11
b:weeks_later 0:0.11
b:well_be 1:-0.14
b:well_have 6:0.12
b:well_lit 5:-0.13
b:well_packed 5:0.13
b:went_back 5:0.16 6:-0.12
b:went_in 11:0.14 12:-0.19
b:went_live 6:0.1
b:went_out 8:0.15
b:went_round 6:-0.11
b:went_through 6:0.17 13:0.18
b:went_to 0:0.14 2:0.13 6:-0.23 13:-0.23
b:went_up 4:-0.29 6:0.12
b:went_with 4:-0.11
b:were_all 1:-0.15 3:-0.12
b:were_asked 11:0.11
b:were_described 5:0.11 10:0.14
b:were_fine 2:0.15
b:were_like 10:-0.11
b:were_mixed 12:0.14
b:were_on 0:0.19
b:were_polite 2:0.1
b:were_praised 11:0.1
b:were_quick 3:0.12 5:0.1
b:were_rubbery 8:0.13
b:were_said 0:-0.12 5:0.13
b:were_still 3:-0.13 5:0.2 11:0.11
b:were_the 4:0.17
b:were_told 6:0.16
b:were_worn 5:-0.11
b:were_worth 3:-0.1
b:weve_been 10:-0.11
b:weve_had 2:-0.12
b:what_a 5:0.15 11:-0.22 12:-0.47
b:what_an 1:-0.13 9:-0.21
b:what_is 6:0.12
b:what_it 5:-0.1 11:-0.11
b:what_the 12:0.1
b:what_they 5:0.13 11:0.16
b:what_theyre 4:-0.19 5:-0.1 13:0.1
b:what_to 13:0.13
b:what_was 5:-0.2 6:0.17
b:what_we 5:0.14
b:what_would 13:0.11
b:what_you 4:0.11 12:-0.1
b:what_youd 1:-0.15 5:-0.12
b:whats_going 6:0.16
b:when_a 5:-0.1
b:when_asked 1:-0.13
b:when_customers 6:0.15
b:when_he 5:0.2
b:when_i 0:0.22 1:0.53 5:0.25 6:-0.13 8:-0.16 12:-0.2
b:when_it 1:-0.1 4:0.13 12:-0.12 13:-0.11
b:when_its 0:-0.15
b:when_my 5:0.22
b:when_the 1:-0.18 2:0.2 5:-0.15 11:-0.11
b:when_their 6:0.14
b:when_they 13:-0.14
b:when_we 13:-0.11
b:where_anything 9:-0.11
b:where_else 11:0.15
b:where_the 6:0.1
b:where_their 6:0.13
b:whether_i 2:0.12
b:whether_the 0:-0.17 1:-0.14 2:0.12 5:-0.17 9:-0.12 13:-0.12
b:which_customs 1:0.13
b:which_days 2:-0.11
b:which_end 2:0.13
b:which_is 4:0.1 6:0.17 13:-0.13
b:which_they 1:-0.1
b:which_was 5:-0.13
b:while_i 5:-0.1
b:while_you 0:0.13
b:who_had 0:0.2 1:-0.1 7:-0.15 9:-0.1
b:who_knows 4:0.12
b:whole_thing 7:0.11
b:whole_time 1:0.21 2:0.13
b:why_i 6:0.11
b:window_and 6:0.1 7:0.17
b:wine_stain 5:0.15
b:wiped_the 10:0.13
b:with_a 2:-0.18 4:0.12 5:0.12 6:0.2 7:0.14
b:with_callers 2:0.11
b:with_customers 1:0.13
b:with_her 1:0.14
b:with_my 5:-0.25 8:0.1
b:with_no 6:0.2
b:with_our 1:0.13
b:with_that 4:0.16 11:0.18
b:with_the 1:-0.32 2:0.41 9:0.17 10:-0.12
b:with_them 1:0.18 4:-0.14 10:0.1
b:with_us 1:0.16
b:within_24 0:-0.25
b:within_48 0:0.11 5:0.13 7:-0.11
b:within_a 0:0.32 12:-0.18
b:within_ten 7:0.13
b:within_the 1:0.12
b:without_any 3:0.12
b:without_us 5:0.12 8:0.11
b:woman_on 1:0.14
b:work_if 5:-0.14
b:work_on 5:0.16
b:work_the 5:-0.13
b:work_with 0:-0.14
b:working_days 0:0.11
b:worn_pads 6:0.15
b:worth_it 3:-0.11 5:0.15 11:-0.11
b:worth_the 4:0.2 5:0.26 11:0.12 12:0.11
b:would_be 1:-0.1 10:-0.13
b:would_call 0:-0.12
b:would_come 0:0.14
b:would_happen 13:0.1
b:would_have 13:-0.14
b:would_stop 6:-0.11
b:would_use 2:0.11
b:would_work 0:-0.14
b:wrong_and 6:-0.11
b:wrong_strength 9:-0.1
b:year_and 1:0.13 8:0.14
b:years_and 1:0.11
b:you_can 4:0.17
b:you_could 3:0.14 10:0.16
b:you_get 5:0.14 11:0.15
b:you_like 8:-0.13
b:you_pay 5:0.15
b:you_the 13:0.12
b:you_to 1:-0.18
b:you_which 2:0.13
b:youd_call 5:-0.11
b:younger_members 1:0.11 8:0.11
b:£_1 5:-0.11
b:£_12 4:0.12
b:£_15 7:0.1
b:£_18 4:0.13 6:0.18
b:£_19 11:0.12
b:£_2 0:-0.16 5:-0.14
b:£_20 4:-0.19
b:£_22 6:0.14 11:-0.1
b:£_30 13:0.14
b:£_340 6:0.12 11:-0.1 13:-0.13
b:£_38 12:-0.14
b:£_4 11:-0.18
b:£_40 5:-0.1
b:£_45 0:0.14 4:0.12
b:£_5 6:0.12
b:£_60 5:0.16 12:-0.11
b:£_65 4:0.12
b:£_8 0:-0.12
b:£_9 5:-0.13
b:£_95 5:0.11 11:-0.13
le:communication 4:-0.1 6:0.14 13:-0.12
le:product-quality 2:0.11 5:0.15 12:-0.13
le:staff-attitude 1:0.18 8:-0.13
ln:cleanliness 0:-0.61 1:-0.26 3:1.93 4:-0.19 5:-0.36 6:-0.44 8:0.11 9:0.12 10:-2.81 11:-0.21 12:-0.14 13:-0.1
ln:communication 1:-0.17 2:-0.21 4:-0.24 5:-0.16 6:1.58 7:-0.6 9:-0.14 11:-0.29 13:-2.42
ln:knowledge 0:-0.3 1:-0.26 2:1.51 3:-0.29 4:-0.31 5:-0.18 6:-0.25 9:-2.43 11:0.18 12:-0.39 13:-0.3
ln:price 0:-0.32 2:-0.43 4:1.92 11:-3.01 13:-0.29
ln:product-quality 0:-0.33 1:-0.27 2:0.11 4:-0.38 5:1.45 6:-0.13 7:-0.14 9:-0.32 10:-0.11 11:-0.17 12:-3.18
ln:staff-attitude 0:-0.61 1:1.82 2:-0.3 3:-0.28 4:-0.43 5:-0.15 6:-0.61 7:-0.13 8:-3.32 9:0.14 13:-0.32
ln:waiting-time 0:1.46 2:-0.25 3:-0.24 4:-0.45 5:-0.15 6:0.13 7:-2.94 9:-0.14 10:-0.15 11:-0.16 12:0.18 13:-0.61
lp:cleanliness 0:0.14 2:-0.23 3:2.21 6:-0.18 10:3.17 11:0.16 12:0.27
lp:communication 0:-0.39 1:-0.2 3:-0.4 4:-0.1 5:-0.24 6:1.78 7:0.37 8:0.44 9:0.63 11:0.22 12:0.13 13:2.49
lp:knowledge 0:-0.17 1:-0.28 2:2.12 3:-0.18 5:-0.21 6:-0.41 7:0.13 8:0.13 9:2.76 12:0.63
lp:price 0:-0.15 1:-0.13 3:-0.29 4:2.06 5:0.12 6:-0.51 7:0.35 8:0.28 9:0.13 11:3.17 12:0.49 13:0.36
lp:product-quality 2:-0.31 3:-0.13 4:0.37 5:1.67 6:-0.29 7:0.16 8:0.12 9:0.31 11:0.33 12:3 13:0.17
lp:staff-attitude 0:0.26 1:1.96 3:0.15 4:0.19 5:0.16 6:0.17 7:-0.14 8:3.23 10:0.2 13:0.28
lp:waiting-time 0:1.86 1:-0.2 2:-0.28 6:-0.46 7:3.3 9:0.23 10:0.24 12:0.48 13:0.2
lt:cleanliness 0:-0.47 1:-0.29 2:-0.29 3:4.01 5:-0.31 6:-0.62 9:0.12 12:0.13 13:-0.15
lt:communication 0:-0.45 1:-0.35 2:-0.26 3:-0.43 4:-0.24 5:-0.39 6:3.22 7:-0.23 8:0.55 9:0.49 13:0.19
lt:knowledge 0:-0.47 1:-0.53 2:3.61 3:-0.46 4:-0.36 5:-0.38 6:-0.64 9:0.4 11:0.11 12:0.23 13:-0.17
lt:price 0:-0.46 1:-0.18 2:-0.47 3:-0.36 4:3.94 6:-0.47 7:0.35 8:0.34 9:0.23 11:0.14 12:0.34
lt:product-quality 0:-0.32 1:-0.16 2:-0.31 3:-0.17 5:2.97 6:-0.41 8:0.18 11:0.16 13:0.2
lt:staff-attitude 0:-0.4 1:3.6 2:-0.29 3:-0.11 4:-0.19 6:-0.42 7:-0.25 9:0.18 10:0.12
lt:waiting-time 0:3.31 1:-0.24 2:-0.53 3:-0.2 4:-0.36 5:-0.25 6:-0.32 7:0.29 8:0.13 11:-0.19 12:0.66 13:-0.4
n:! 12:0.33
n:5 2:0.1
n:a 1:0.18 2:0.12 5:0.23 6:-0.27 9:-0.23 10:0.21 12:0.27 13:-0.14
n:about 2:0.23 4:-0.15 9:-0.23
n:again 12:-0.15
n:an 1:-0.1
n:and 0:-0.15 2:0.11 5:0.17
n:answer 2:0.15 6:0.11 9:-0.12
n:any 0:0.17 2:0.1
n:anything 9:-0.13 13:-0.13
n:argue 4:0.2 11:0.31
n:ask 13:0.11
n:asking 5:0.14 8:0.12
n:at 1:0.19 5:-0.11 6:-0.11 7:0.21 8:0.27
n:back 0:-0.12 1:-0.16 2:-0.19 6:0.21
n:bad 0:0.13 7:0.14
n:bank 1:0.11
n:be 0:0.13 7:0.14
n:been 0:-0.13 2:-0.11 6:-0.25 9:-0.11
n:before 6:0.15 13:0.12
n:believe 4:0.1 6:-0.11 7:0.1
n:between 3:0.16
n:by 0:-0.1
n:came 6:0.17
n:cared 1:0.11 5:0.11 8:-0.12 12:0.11
n:changed 6:-0.1
n:cheap 4:0.25 5:0.19 11:-0.36 12:0.21
n:cheapest 11:-0.26
n:checking 2:0.1
n:chips 12:0.13
n:clean 2:0.14
n:clients 2:0.12 9:0.11
n:clue 1:-0.14 2:0.28 9:-0.2
n:company 6:0.11
n:complain 11:0.11
n:complaining 11:0.17
n:cost 11:0.11
n:could 2:-0.14 13:-0.12
n:cover 2:0.11
n:difference 4:0.16 5:0.1 11:-0.13 12:-0.11
n:drop 4:-0.16 12:0.12
n:either 1:-0.21 12:-0.11
n:else 1:0.12 2:0.11 9:0.11
n:email 0:0.11 7:-0.13
n:even 1:0.2 2:0.16 8:-0.23
n:ever 6:0.11 9:0.12 11:0.18
n:expect 7:0.11
n:fault 8:0.1
n:feel 1:0.11
n:felt 0:0.12
n:for 7:0.15 11:0.11 12:-0.23 13:0.11
n:fuss 0:0.14 3:0.1 7:0.11
n:get 1:0.15
n:go 0:0.11
n:going 1:-0.11 6:0.12
n:got 6:0.15 13:-0.11
n:group 12:0.12
n:had 0:-0.13 1:-0.17 6:0.3 10:0.1 13:0.25
n:has 5:0.14
n:have 1:0.14 13:0.19
n:hello 5:0.11 12:0.11
n:her 0:-0.12
n:how 11:0.14
n:i 6:0.14 8:-0.1
n:in 2:-0.13 5:0.13 7:0.21
n:it 0:0.23 7:0.13 12:0.14
n:ive 4:0.17
n:just 5:0.11
n:know 2:0.23 9:-0.37 11:0.15 13:-0.11
n:knows 2:-0.15
n:less 8:-0.13
n:let 5:0.11 9:0.11 12:0.13
n:listen 5:0.13
n:looked 2:0.13 10:0.1
n:made 0:-0.14 1:0.1 12:0.11
n:me 0:0.13 1:0.4 3:-0.12 6:0.2 12:0.1 13:-0.16
n:mentioned 0:0.11 5:0.13
n:mind 3:-0.12
n:missed 5:0.22 12:0.19
n:more 7:0.14
n:much 4:-0.1
n:my 2:-0.1 5:0.29 12:-0.16
n:need 1:-0.12 2:0.2 9:0.26
n:new 2:0.12
n:of 5:-0.14
n:often 11:0.12
n:on 4:0.14 5:-0.15
n:once 0:-0.23 1:0.18 7:0.2 8:0.15 9:0.15
n:one 2:-0.16 6:0.27 13:-0.18
n:open 5:0.13
n:order 5:0.13
n:over 5:0.18 12:0.13
n:penny 11:0.1
n:pressure 1:0.15 8:0.11
n:properly 2:0.14
n:quibbles 6:0.12 13:0.14
n:really 12:-0.16 13:-0.13
n:rude 5:-0.18
n:rush 0:0.1
n:said 5:0.16
n:say 0:0.16 1:0.12 5:-0.12 7:-0.15 8:-0.11 13:-0.17
n:see 3:-0.12 5:0.16
n:seem 9:-0.12
n:seen 1:0.11
n:served 5:0.11
n:she 5:0.14 12:0.12
n:since 13:-0.14
n:single 0:-0.16 6:0.15 13:-0.11
n:speck 10:0.11
n:staff 1:0.11
n:start 9:-0.11
n:take 2:0.12
n:tell 2:0.26 3:-0.13 5:-0.1 12:0.18 13:-0.21
n:tells 2:0.1
n:text 6:0.12
n:that 1:0.12 2:-0.11 3:-0.15 4:0.12 5:-0.17 6:0.1 7:0.13 11:0.19 12:-0.17 13:0.11
n:the 0:0.25 1:-0.21 2:0.19 4:0.44 5:0.23 7:0.12 8:-0.11 11:-0.17 13:-0.25
n:them 2:0.22 9:-0.15 13:-0.14
n:they 0:0.14 2:-0.1 3:0.1 6:-0.1
n:think 4:0.15
n:this 1:-0.1 2:0.12
n:thought 2:0.12
n:three 7:0.24
n:to 6:0.43 7:-0.11 9:-0.2 12:-0.12
n:told 6:0.12
n:too 7:0.11
n:turn 0:-0.17 5:0.16
n:turning 9:0.11
n:understand 6:0.13
n:up 5:0.14
n:updated 13:-0.13
n:us 4:-0.11 6:0.13 8:0.17
n:wait 0:0.13
n:want 0:0.14
n:was 8:0.1
n:what 1:-0.1 4:-0.12 5:-0.34 9:-0.11
n:whats 6:0.15
n:when 5:0.32 6:0.23 13:-0.13
n:where 9:-0.11
n:whether 5:-0.19
n:why 13:-0.12
n:with 4:0.15 11:0.17
n:wot 2:0.15
n:you 5:-0.13
n:youd 5:-0.12
s:! 0:-0.13 2:-0.28 4:0.18 6:-0.21 10:0.42 12:0.63
s:$ 1:0.1 4:0.11 8:-0.11
s:% 4:0.18
s:02 0:0.1 7:0.11
s:1 5:-0.16 7:0.17 13:-0.11
s:10 0:0.15 1:-0.18 2:-0.12 4:-0.11 7:0.13 13:-0.12
s:100 5:-0.11
s:12 0:0.31 2:-0.11 4:0.1
s:14 3:0.13 5:0.15
s:140 5:0.11
s:15 2:0.11 3:0.11 4:0.11 11:0.12
s:18 4:0.13 6:0.17
s:19 11:0.12
s:2 0:0.35 4:-0.11 6:-0.28 7:-0.28 10:0.16 13:0.11
s:20 0:0.29 1:-0.1 3:-0.1 5:-0.15 6:0.12 7:-0.11
s:2019 0:0.11
s:22 5:-0.1 6:0.13 11:-0.12
s:24 0:-0.16
s:25 5:0.1
s:3 0:0.3 3:-0.12 6:-0.12 7:0.26 9:-0.19 12:0.21
s:30 5:-0.27 13:0.12
s:300 4:0.11
s:340 6:0.12 11:-0.1 13:-0.13
s:35 0:0.12
s:38 3:0.11 5:0.14 12:-0.36
s:4 0:0.39 3:-0.2 5:-0.14 7:-0.17 11:-0.14
s:40 12:-0.13 13:-0.15
s:400 5:-0.11
s:45 0:0.22 4:0.21 5:-0.14 7:-0.11 11:-0.27
s:47 0:0.1
s:48 0:0.13 4:0.15 5:0.24 11:-0.15
s:5 0:0.14 11:0.14 12:0.11
s:50 0:0.23 4:0.15 6:0.18 7:-0.26 11:-0.23 13:-0.14
s:500 5:0.11 12:-0.13
s:55 0:0.1
s:6 6:0.23
s:60 5:0.16 11:-0.11
s:65 4:0.11
s:7 0:0.25 7:-0.11 13:-0.13
s:70 4:0.11
s:8 0:0.18 5:0.17 6:-0.22 7:-0.28
s:800 4:-0.11
s:9 1:0.1 4:0.13 5:-0.12
s:90 0:0.15 7:-0.11
s:95 5:0.14
s:99 0:0.13 1:0.1 4:0.14
s:? 0:-0.14 1:-0.18 2:-0.13 5:-0.31 7:-0.1 11:-0.1 13:-0.14
s:a 0:-0.21 1:-0.15 3:-0.23 5:0.16 6:-0.17 8:-0.25 10:-0.2 11:-0.12 13:-0.14
s:about 1:0.14 2:0.24 4:-0.41 6:0.17 9:-0.16 10:0.22
s:abroad 3:-0.11
s:absolute 11:-0.11
s:account 5:-0.14 6:0.18 7:0.11 9:-0.11
s:acted 1:0.19 8:-0.15
s:actual 5:0.11 6:0.23 8:0.24 9:0.12 11:0.12 12:0.29 13:0.55
s:add 6:-0.11
s:adds 4:0.11
s:adjustment 6:0.12
s:advertis 5:0.11 12:-0.13
s:advice 0:-0.12 2:0.43 9:-0.11
s:adviser 0:-0.13 1:-0.11 2:0.23
s:advisor 2:0.1 7:-0.17 13:-0.13
s:after 0:0.11 3:0.24 5:0.31 10:0.23 12:-0.13
s:afterward 0:0.1 1:0.12 7:0.12
s:again 5:0.4 6:-0.11 8:-0.12 11:0.19 12:-0.18
s:agent 5:-0.21 6:0.1 9:-0.15 13:-0.23
s:ages 0:0.13 7:-0.21 11:-0.12
s:ago 6:0.16
s:agre 0:-0.13 5:0.25
s:agree 5:-0.12
s:ahead 0:0.14
s:alarm 5:-0.16
s:all 0:-0.17 1:0.31 2:0.15 4:-0.12 5:-0.16 6:-0.27 8:0.12 12:-0.12 13:0.16
s:allowance 2:0.12 9:-0.13
s:almost 0:0.12 4:-0.11 10:0.19
s:already 4:0.13 5:0.15 6:0.23 9:-0.12 13:-0.19
s:also 2:0.12 12:0.1
s:alway 2:-0.1 3:0.17 8:0.13 10:0.17
s:am 0:0.15 7:-0.11
s:amable 1:0.11
s:amazin 3:0.14 10:-0.12
s:ambulance 1:0.1
s:amount 5:-0.12
s:an 0:0.23 2:0.13 4:0.14 5:-0.3 6:0.12 10:0.15
s:and 0:0.11 1:0.18 2:0.28 3:0.27 5:0.2 6:0.15 8:0.13 9:0.29 11:0.34 12:-0.19 13:0.35
s:angry 6:0.12
s:animal 2:0.15 10:0.11
s:announc 6:0.1
s:announcement 6:0.13
s:annoy 2:0.1 6:-0.11
s:another 1:-0.15 3:-0.13 5:0.17 12:-0.14
s:answer 0:-0.15 1:0.18 2:0.78 4:-0.13 5:-0.25 6:-0.14 8:0.29
s:any 0:0.12 2:0.23 3:0.12 5:-0.36 7:0.12
s:anyone 0:-0.1 4:-0.12 5:-0.25 8:-0.11 10:0.16
s:anyth 2:0.14 6:0.18
s:anyway 1:0.12 5:0.13 12:-0.11
s:anywhere 5:0.11 7:0.14 10:0.14 11:0.13
s:apart 4:-0.1
s:apologetic 0:0.13 1:0.11 3:0.16 6:-0.1
s:apologis 5:0.17 12:-0.13
s:apologise 1:-0.11
s:app 1:-0.12 2:-0.15 5:0.26 6:0.22
s:appointment 0:0.13 6:0.23 8:0.1 9:0.14 13:-0.17
s:appreciat 1:0.13 6:0.25 13:-0.14
s:appreciate 1:-0.1
s:apps 12:-0.12
s:archive 2:0.11
s:are 5:0.2 6:-0.1 10:-0.2 11:-0.12
s:area 3:0.13 5:0.13
s:argue 4:0.2 11:0.31
s:arriv 0:0.33 1:0.11 5:0.28 6:0.23 7:0.16 12:-0.1
s:arrive 0:0.16 7:0.14
s:as 1:0.37 2:-0.12 4:0.11 8:-0.23 10:0.13 11:0.15 13:0.16
s:ask 0:-0.17 2:0.17 3:-0.11 8:-0.11 9:-0.35 11:0.12 13:-0.12
s:asked 0:-0.18 1:0.1 2:0.34 3:-0.25 4:-0.16 6:-0.3 9:-0.2 13:-0.17
s:asking 1:0.25 11:-0.14 12:-0.1
s:asks 2:0.13
s:asleep 1:0.13 8:-0.16
s:assistant 1:0.12 12:0.14
s:at 0:0.39 1:0.13 2:-0.13 3:-0.14 5:-0.21 6:-0.1 7:0.22 9:0.11 10:0.14 12:0.14
s:ate 1:0.13
s:attentive 5:0.12
s:august 12:-0.14
s:automat 5:-0.11 6:0.1
s:away 0:0.17 4:0.1 7:0.14 9:0.11
s:back 0:-0.16 2:-0.33 3:-0.13 4:-0.11 5:0.42 6:0.2 7:0.17 10:-0.13 12:-0.13 13:-0.18
s:backward 2:0.14
s:bad 7:0.12 12:-0.32
s:badly 6:-0.12
s:bag 0:0.16 5:-0.16
s:bags 11:-0.24
s:baked 5:0.14
s:bakery 3:0.1 4:0.1 5:0.12
s:balayage 2:0.12 9:0.11
s:band 1:-0.23 4:0.18
s:bang 7:0.1
s:bank 5:0.13 6:-0.11 7:-0.1 9:-0.12
s:bar 1:0.28 2:-0.19
s:barber 3:0.11
s:bare 6:-0.1
s:bargain 4:0.2 11:-0.16
s:basical 6:0.11
s:basket 5:-0.12
s:bath 10:-0.2
s:bathroom 3:0.28 5:-0.19 10:-0.12
s:battery 12:0.14
s:be 0:0.22 5:-0.17 7:0.13 8:-0.17 9:-0.18
s:beautiful 5:0.13
s:because 0:0.12 1:-0.19 5:-0.1 7:-0.3 12:-0.15
s:bed 0:-0.13 1:0.11 5:0.16 6:-0.12 11:0.11 12:0.19
s:been 4:-0.14 5:-0.17 7:-0.16 8:0.11 10:-0.19 11:0.15 13:-0.34
s:before 2:-0.29 4:-0.18 5:-0.13 6:0.2 7:0.24 9:0.15 10:0.14 12:0.15 13:0.29
s:behind 0:0.12 1:0.11
s:being 5:-0.16 7:-0.21 8:-0.21
s:believe 4:0.1 6:-0.11 7:0.1
s:bell 5:0.13
s:best 1:-0.2 3:-0.2 5:0.36 7:-0.13 11:0.12 12:0.57
s:better 1:0.12 8:-0.19 9:0.19 12:0.3
s:between 0:0.35 3:0.19 4:0.13 6:0.11 7:-0.11
s:bias 1:-0.1
s:bien 5:0.12
s:big 1:-0.12 2:0.17 4:0.12 6:-0.12 9:0.12 11:0.17
s:bike 0:0.13 5:0.17 7:0.12 9:0.1 12:0.12
s:bill 1:0.25 2:-0.21 4:0.3 6:0.52 7:0.13 8:-0.1 11:-0.14
s:bin 0:-0.14 1:-0.1 5:0.27 12:-0.16 13:-0.18
s:bins 3:0.18 5:0.39 6:-0.14 10:-0.15 12:-0.21
s:bird 5:0.16 12:0.18
s:birthday 6:-0.17
s:bit 6:-0.22 9:0.23
s:bite 5:0.13 12:-0.1
s:bitter 5:0.17 12:-0.12
s:blam 0:0.12
s:blind 0:-0.12 5:0.11
s:bloke 0:-0.19 1:0.24
s:blood 2:0.22 3:-0.1 4:0.14 5:-0.11 8:0.15
s:blow 12:-0.14
s:boil 5:0.11
s:boiler 0:0.13 5:-0.27
s:book 0:0.29 1:-0.11 3:0.13 4:0.17 6:0.13 7:0.18 8:0.17 9:0.12 10:0.11 11:0.1 13:0.16
s:boot 5:0.11 12:0.13
s:booth 1:-0.14 3:0.16
s:borrow 4:0.14 11:0.1
s:boss 2:0.12 9:0.11
s:bot 6:0.11 13:-0.15
s:both 0:-0.15
s:bought 5:0.46 12:0.18
s:box 0:-0.14 4:-0.14 5:0.15 12:-0.25 13:0.12
s:boy 8:-0.24
s:brake 2:0.12 9:0.13
s:branch 5:-0.25 7:0.27 9:-0.2
s:brand 0:0.13 5:0.13 7:0.1
s:break 2:-0.1
s:breakfast 5:0.27 8:0.2
s:brill 0:0.13 7:0.13
s:brilliant 0:0.14 5:0.16 6:0.18
s:bring 6:0.11
s:broadband 0:0.11 1:-0.1 5:0.33 9:-0.15 12:0.11
s:broken 0:0.18 12:-0.18
s:brought 5:-0.15 10:0.18
s:brow 1:0.11 5:0.19 8:-0.14
s:brown 7:-0.1
s:budget 11:0.3
s:build 2:0.14 5:-0.13
s:builder 0:0.15 6:0.1 11:0.18
s:bulb 2:0.13
s:burger 10:-0.15
s:burnt 5:0.15
s:bus 1:0.16 5:-0.21
s:busy 1:0.28 5:-0.13
s:but 0:0.2 1:0.34 2:0.16 3:0.1 4:0.18 5:0.23 6:0.15 7:-0.15 8:0.42 10:-0.17 11:-0.36 12:0.16
s:button 5:0.11
s:buy 11:-0.16
s:buying 0:-0.1
s:by 0:0.36 1:0.12 3:0.28 4:0.12 7:0.25 8:0.11 9:0.22 12:-0.11 13:0.2
s:cable 1:-0.17 5:0.16 12:-0.12
s:caf 5:0.19 10:-0.12
s:cafe 5:-0.13
s:cake 5:0.33 6:-0.12 12:0.16
s:call 0:0.17 1:-0.18 2:-0.17 3:-0.11 5:-0.18 6:0.34 13:-0.29
s:calm 1:-0.2
s:came 0:0.33 2:-0.16 3:0.21 6:0.31 9:0.23 12:-0.17
s:can 0:-0.12 1:-0.1 9:0.16 11:0.23 13:0.26
s:canada 1:0.13
s:cancell 5:-0.1 6:0.16
s:cant 0:0.17 4:0.22 5:0.1 6:-0.14 8:0.11 11:0.37
s:canteen 5:-0.15
s:car 0:0.14 1:0.16 2:-0.11 3:0.14 4:-0.15 5:-0.28 7:-0.13 10:-0.17 13:-0.21
s:card 1:0.15 2:-0.14 8:0.17
s:care 7:-0.11 12:0.14
s:cared 1:0.11 5:0.11 8:-0.12 12:0.11
s:careful 3:0.12 5:0.13
s:carpet 3:0.13
s:carri 1:0.13 5:-0.1
s:carrier 11:-0.18
s:cashier 5:-0.17 8:-0.33 9:-0.12
s:cast 5:0.16
s:cat 12:0.14
s:centre 0:0.11 3:0.15 5:0.12 7:-0.15 12:-0.15 13:-0.16
s:chain 8:-0.11 11:0.14
s:chair 0:-0.12 8:-0.19
s:chang 0:-0.16 3:0.27 6:-0.14 9:-0.1 10:-0.17 13:-0.2
s:change 1:0.22 5:-0.22 8:0.2 10:0.11
s:chao 3:-0.12
s:chap 0:0.12 2:0.15
s:charg 0:-0.19 2:0.14 4:0.54 5:0.18 6:-0.2 9:-0.11 11:-0.17
s:charge 1:0.1 4:0.57 5:-0.18 6:0.23 13:-0.17
s:charm 1:0.1
s:chase 6:0.1 13:0.12
s:chat 8:-0.16 9:0.1 13:-0.22
s:chatt 8:0.12
s:cheap 1:-0.11 2:-0.19 4:0.63 5:0.27 6:-0.13 12:0.12
s:cheaper 0:0.13 1:0.11 2:0.13 4:0.13 7:0.12 9:0.14
s:cheapest 4:0.16 5:0.13
s:check 0:0.19 1:0.21 2:0.11 3:0.22 9:0.14 10:0.13 12:-0.12
s:checkout 0:0.45 2:-0.13 5:-0.12 6:0.17 7:-0.26 11:-0.11 12:-0.17 13:-0.1
s:cheerful 0:0.11 4:0.13
s:cheese 5:-0.13
s:chef 5:0.21 10:-0.15 11:-0.13 12:0.18
s:children 3:0.16
s:chip 0:-0.11 2:-0.13 5:0.57 6:-0.11 11:0.13 12:-0.14
s:chipp 8:0.12
s:christma 1:-0.29 6:-0.16
s:cinema 10:0.17
s:circle 6:-0.13
s:city 5:0.13
s:claim 6:0.12
s:class 2:0.12 9:0.13
s:clean 0:-0.29 2:-0.26 3:0.77 4:0.16 6:-0.3 8:-0.19 10:0.21 11:-0.17 12:-0.12
s:cleaner 3:0.21 5:0.22 7:-0.13 10:0.24 12:0.15
s:cleanest 10:-0.16
s:cleanliness 1:-0.1 3:0.14 6:-0.16 10:0.1
s:clear 2:0.25 5:-0.16 6:0.26 12:-0.17 13:0.2
s:clerk 2:0.11 4:0.1 5:-0.12
s:click 0:0.1
s:client 0:-0.1 2:0.21 9:0.15 11:-0.17
s:clinic 0:0.15
s:clock 0:-0.11
s:clos 0:-0.14 5:-0.22 13:-0.11
s:closure 5:0.11
s:cloth 10:-0.13
s:cloud 5:0.13 12:0.13
s:club 5:0.14
s:clue 1:-0.14 2:0.28 9:-0.2
s:clueless 2:0.17 9:-0.14
s:clutch 3:0.13 5:0.13
s:coach 2:0.13 9:-0.11
s:coat 5:0.13
s:cocktail 5:-0.13 11:0.14
s:code 5:-0.12 13:-0.16
s:coffee 5:0.16 6:-0.14 10:-0.11 12:-0.18
s:cold 1:0.13 2:-0.11 5:0.49 7:-0.23 11:-0.12
s:colleague 2:0.19 6:-0.13
s:collect 0:0.16 4:0.16 12:-0.17 13:0.11
s:collection 3:0.24 5:0.14 7:-0.11 12:0.12 13:-0.15
s:colour 9:0.11
s:come 0:0.1 5:0.11 6:0.12 7:0.2 11:0.15 12:0.13 13:-0.1
s:coming 5:0.23
s:comment 1:-0.1 12:0.1
s:communication 13:-0.14
s:company 1:-0.13 2:-0.11 5:0.13 6:0.29 12:-0.21
s:compar 7:0.21 11:0.1
s:complain 0:0.27 1:-0.12 3:0.27 6:-0.13 9:-0.12 11:0.38
s:complaint 0:0.11 2:-0.17 4:-0.15 6:0.18 10:0.16 13:0.17
s:complimentary 3:0.18 4:-0.22
s:computer 5:0.11 12:-0.11
s:concierge 1:0.11
s:confirm 5:-0.13
s:confirmation 6:0.13
s:confus 6:0.11 13:-0.3
s:consensu 12:-0.16
s:consider 1:-0.11
s:consistent 2:0.11
s:constant 4:0.1 5:0.21 12:-0.23
s:consult 3:0.12
s:contract 5:-0.11 10:0.16
s:contractor 5:0.14
s:conversation 8:-0.11
s:cook 2:0.11 5:0.28 9:0.15 12:0.2
s:corner 2:-0.13 3:0.16
s:correct 9:0.1
s:corridor 12:0.11
s:cost 0:-0.11 1:-0.16 2:-0.12 4:0.55 11:-0.12
s:could 1:-0.11 2:0.47 3:0.12 4:-0.15 5:-0.29 6:-0.1 8:0.12 12:0.12 13:0.12
s:couldnt 1:0.21 5:-0.23 6:-0.15 9:-0.14 10:0.12 11:0.1
s:council 0:0.26 4:-0.15 6:0.12 13:-0.16
s:count 6:-0.11
s:counter 1:0.23 6:-0.25 10:0.19
s:courier 0:0.26 2:-0.17 5:0.16 6:0.17 7:0.27 12:-0.11
s:cours 5:0.14 11:0.14 12:0.12
s:course 2:0.13 5:0.12 9:0.12
s:cover 5:-0.17 9:-0.13
s:craft 12:-0.26
s:crash 0:-0.1 12:-0.15
s:credit 5:0.19 6:0.14 13:0.13
s:crept 4:0.1 11:-0.11
s:crew 0:0.17 3:0.13 7:0.14 10:0.15
s:crisp 5:-0.11
s:croissant 5:0.15
s:crown 5:0.11
s:crumb 5:-0.13
s:curry 5:0.2 7:-0.13
s:curt 1:0.11 8:-0.13
s:custom 1:0.13
s:customer 0:-0.2 1:-0.1 2:-0.25 5:-0.25 6:0.35 7:-0.1 8:-0.17 12:-0.48 13:0.13
s:cut 2:0.13 5:-0.13 7:0.1 11:0.2 12:0.1
s:cutlery 1:0.14
s:dad 8:0.11
s:daft 5:0.12
s:damag 0:0.11
s:damage 4:-0.11 6:0.14 8:0.11
s:damp 1:-0.11 5:-0.12
s:dark 0:0.12
s:das 5:0.13
s:date 2:0.14 6:0.17 13:-0.13
s:daughter 5:0.15
s:day 0:0.14 2:-0.36 4:-0.12 5:0.29 6:0.17 7:-0.11 12:-0.21 13:-0.13
s:daylight 0:-0.13
s:days 0:0.32 2:-0.36 5:0.19 6:0.13 12:-0.13
s:de 4:-0.12
s:dealer 5:-0.16 9:0.15 11:0.18
s:dealership 3:0.15
s:dealt 0:0.13 7:0.12 10:0.12
s:dear 4:0.13 11:-0.14
s:debit 4:0.14
s:decent 11:0.18
s:deep 10:-0.14
s:defo 0:0.1
s:delay 1:-0.1 6:0.28 7:0.15 13:0.14
s:delivery 0:0.31 6:0.2 7:-0.12 12:-0.14
s:dental 0:0.18
s:dentist 4:-0.11
s:depend 2:0.23 6:-0.15 9:-0.11
s:deposit 0:0.12 2:-0.12 6:0.18
s:depot 7:-0.13
s:describ 1:0.22 2:0.25 10:0.15 12:0.18
s:desk 1:0.43 3:0.14 4:0.1 6:-0.3 9:-0.19
s:diagnostic 5:-0.18
s:diagram 2:0.11
s:did 3:-0.13 6:0.14
s:didnt 0:-0.17 1:0.22 2:0.31 7:0.29 8:0.17 11:0.21
s:died 1:0.16
s:diet 2:0.11
s:difference 4:0.16 5:0.14
s:different 0:-0.1 1:-0.17 2:0.12 6:0.11 9:-0.29
s:direct 4:0.15
s:dirty 10:-0.11
s:discuss 1:0.15 5:0.18
s:discust 3:0.15
s:dish 2:0.1
s:do 2:0.14 3:0.11 9:0.12
s:doc 1:0.13
s:doctor 6:0.25 9:0.19 13:-0.24
s:doesnt 9:-0.11 13:-0.17
s:dog 1:0.18 3:0.19 8:0.15
s:doing 0:0.1 5:0.1 6:0.1 9:0.17 13:0.11
s:dominat 0:0.12
s:done 10:0.13 12:0.24
s:dont 4:0.13 5:-0.26 12:0.1
s:door 0:0.19 1:-0.16 2:-0.16 6:0.14 13:-0.12
s:dose 9:-0.12
s:doubl 6:0.11
s:double 5:0.28 9:0.1
s:down 0:0.11 2:-0.12 3:0.25 5:0.16 7:0.16 10:0.2 12:-0.14 13:0.21
s:downright 7:-0.11
s:dr 2:0.19 9:0.15
s:dragon 8:-0.21
s:drain 2:-0.11
s:dread 5:-0.1
s:drew 2:0.11
s:drill 0:-0.14
s:drink 5:0.12 12:0.17
s:drip 5:0.11
s:driv 3:-0.12 5:-0.11 6:-0.12 7:0.11
s:driver 0:0.16 1:0.35 2:-0.12 5:0.16 6:0.17 8:-0.14 11:0.11
s:drop 1:-0.17 4:-0.27 5:0.17 9:-0.11
s:dropp 0:0.12 5:0.15 7:0.13 10:0.19 12:-0.14 13:0.13
s:drove 5:0.19 12:0.11
s:dry 3:-0.18 5:0.31
s:due 12:0.11
s:dug 5:0.12 12:0.12
s:dust 3:0.24
s:e 0:0.17 7:-0.2
s:each 1:0.17 2:-0.12 4:0.11 6:0.34
s:easy 5:0.11
s:eat 3:0.11
s:eaten 3:0.12
s:economy 5:0.15 11:0.12
s:eggs 8:0.14
s:eight 0:0.23 2:0.18 4:0.13
s:either 0:-0.11 1:-0.13
s:elder 1:0.23
s:electrician 5:-0.17
s:els 2:0.22 3:0.25 10:-0.12
s:else 1:0.1 2:0.1 4:0.15 5:-0.1 8:-0.1 11:0.35 13:-0.1
s:email 2:-0.17 5:-0.11 6:0.86 7:-0.14 8:0.11 12:-0.15 13:-0.13
s:emergency 7:-0.21
s:empty 12:-0.16
s:end 2:0.11 9:-0.11
s:ended 9:-0.12
s:ends 12:0.25
s:energy 0:0.11 5:-0.14 6:0.11
s:engag 1:0.12
s:engine 2:0.12
s:engineer 1:-0.17 6:0.1
s:english 0:-0.13 13:0.11
s:enough 1:0.16 9:-0.15
s:entire 0:0.13
s:entry 5:0.17
s:equipment 12:0.11
s:esim 2:0.11
s:especial 0:-0.13 6:0.1
s:estate 6:0.14
s:estimat 4:-0.11
s:even 1:0.28 2:0.14 3:0.12 5:-0.2 7:0.28 8:-0.11
s:eventual 0:-0.18 5:0.12
s:ever 5:-0.14 6:0.2 7:-0.14 9:0.11 10:-0.22 11:0.25 13:-0.23
s:every 3:0.14 6:0.29 8:0.15 9:0.16 13:0.36
s:everyone 5:-0.14 8:0.16
s:everyth 3:0.21 5:0.22 6:0.3 10:0.21 12:0.28 13:0.19
s:everywhere 3:0.29 10:-0.19
s:evryth 6:0.16
s:exact 7:0.15 9:0.36 11:0.12 12:0.26 13:0.33
s:excellent 2:0.13 9:0.16
s:expect 2:-0.15 4:0.13 6:-0.11 8:0.13
s:expensive 4:0.12
s:expert 2:0.12 9:-0.25
s:explain 2:0.11 4:-0.13 5:0.11 6:0.76 12:0.23 13:0.49
s:explan 6:0.17 13:0.11
s:express 0:0.36 5:-0.11 7:-0.19
s:extra 0:0.19 1:0.15 2:-0.19 4:0.27 5:0.11
s:eye 0:-0.1 4:0.11 11:-0.11
s:eyes 6:-0.11
s:fab 1:0.17 8:0.21
s:face 1:-0.11
s:fade 11:0.17 12:0.32
s:fail 13:0.22
s:fair 0:0.14 1:0.16 4:0.27 8:0.11 11:0.33 12:-0.11
s:fami 11:0.13
s:familie 10:0.16
s:fantastic 7:-0.19 12:-0.13
s:fare 2:0.21 5:-0.13 8:0.1 9:0.14
s:fast 0:0.15 7:0.26 11:-0.17 12:-0.15
s:fault 1:-0.14 2:0.13 5:0.11 7:0.21 8:0.11 9:0.12 10:0.11
s:faulty 9:0.14
s:favourite 8:-0.15
s:fee 4:0.53 5:-0.21 6:0.22 11:-0.22
s:feed 1:0.1 2:0.14
s:feel 0:-0.17 1:0.2 2:-0.2 12:0.12
s:fees 4:0.32
s:fell 5:0.19 12:-0.19
s:felt 1:0.1 4:0.2 5:-0.11 7:-0.18
s:few 12:-0.14
s:fifteen 5:-0.11
s:fifty 7:-0.11
s:film 5:0.15 12:0.14
s:filthy 0:-0.16 3:0.21 6:-0.13 10:-0.26
s:final 0:0.19 3:0.14 4:0.14 6:0.13 9:0.18 10:0.36
s:find 3:0.1 5:0.15 6:0.25 12:-0.12 13:-0.25
s:fine 0:-0.17 1:-0.21 4:0.24 5:-0.19 6:-0.27 7:-0.12 11:0.17
s:finish 2:0.13 6:-0.19 8:-0.17
s:fire 0:-0.14
s:firm 4:0.15 12:-0.1
s:first 1:-0.13 2:0.26 3:-0.18 5:-0.1 6:-0.1 7:0.16 8:0.1 9:0.3 12:0.18 13:0.1
s:fish 5:0.22 6:-0.1 9:0.12 12:0.17
s:fit 7:-0.21
s:fitt 5:0.19 11:-0.15 12:-0.16
s:fitter 1:0.1 3:0.12 11:0.1
s:five 0:0.34 5:0.21 6:0.19 7:-0.26 8:-0.13 12:0.19 13:-0.13
s:fiver 11:0.25
s:fix 0:0.13 3:-0.14 5:0.18 7:0.25
s:fixed 0:0.2 7:0.16
s:flat 5:0.12 6:-0.21 7:0.15 8:-0.11 12:-0.27
s:flight 4:0.16 11:0.12
s:floor 3:0.49 4:-0.17 5:-0.19 10:-0.42 11:0.17 12:0.13
s:fly 11:-0.28
s:follow 0:0.23 7:-0.18
s:food 0:0.13 2:-0.15 5:0.66 6:-0.13 10:-0.17 11:-0.13 12:0.26 13:0.1
s:for 1:-0.17 4:0.23 7:-0.34 10:0.11 11:0.2 12:-0.32
s:forgive 8:0.14
s:form 0:-0.16 1:0.1 2:0.19 5:-0.11 13:0.11
s:fortnight 5:0.17 7:0.13 12:-0.45
s:forty 0:0.15 2:0.17 7:-0.17 9:0.16 13:-0.18
s:found 1:0.14 2:0.19 3:0.29 4:0.18 9:0.21 13:-0.11
s:four 0:0.3 1:0.23 5:0.16 7:-0.27 8:-0.1 11:-0.13 13:-0.17
s:fourteen 0:0.19 6:0.22
s:fourth 6:0.1
s:foyer 10:0.19
s:fr 5:0.13 12:0.14
s:free 0:0.11 4:-0.18 7:0.12 11:0.17 13:-0.1
s:freehold 2:0.12
s:fresh 1:-0.11 3:0.15 10:0.25
s:freundlich 0:0.13
s:friday 0:0.36 5:0.22
s:fridge 5:-0.18 12:0.1
s:friend 1:0.47 2:0.18 3:0.19 8:0.36 11:0.11
s:from 5:-0.14 7:0.23 11:-0.18 13:-0.11
s:front 2:0.12 3:0.2 5:0.27 10:-0.14
s:frozen 5:0.17 12:-0.13
s:frustration 0:0.13 1:0.14
s:full 0:-0.16 4:0.13 5:0.28 6:0.13
s:fully 1:0.12
s:fuming 7:-0.12
s:furiou 7:-0.11
s:fuss 0:0.13 7:0.11
s:fussy 3:0.12
s:g 2:0.11
s:garage 1:-0.2 2:0.14 5:-0.17 6:0.16 9:0.18 13:0.12
s:garden 1:-0.12 3:0.16
s:gas 6:0.12
s:gate 5:-0.11 8:-0.11
s:gave 0:0.18 2:0.2 7:0.15 9:-0.24 13:0.26
s:gem 1:0.17 8:0.18
s:general 4:-0.15
s:get 0:0.12 3:-0.12 6:-0.22 7:-0.29 10:0.11 12:0.19
s:gets 5:-0.1
s:gett 0:0.17
s:girl 5:0.11
s:give 0:0.12 3:-0.12 5:0.18 11:-0.13
s:given 5:0.23
s:giving 2:0.18 5:-0.13 9:-0.1
s:glad 1:-0.1 12:0.13
s:glass 2:-0.11 3:0.11 4:-0.12 5:-0.13
s:glaucoma 2:0.16 9:0.11
s:gleam 3:0.12 10:0.19
s:glow 5:-0.1
s:gluten 1:-0.11
s:go 0:0.11 1:-0.11 2:0.29 4:0.12 7:-0.16 8:0.16 9:0.15
s:goes 7:-0.13
s:going 1:-0.14 2:-0.18 3:0.22 6:0.11
s:gone 0:0.1 4:0.19 6:-0.19 10:0.25 12:0.16
s:good 1:0.16 2:-0.13 5:0.27 6:-0.26 8:0.12 9:0.12 12:0.25
s:googl 2:0.11 9:-0.12
s:gorgeou 5:0.17 12:0.18
s:got 1:0.22 2:0.12 3:-0.21 6:0.21 7:-0.1 12:-0.29
s:gp 0:0.12 2:0.25 4:-0.1 5:-0.2 13:0.11
s:gps 2:0.13
s:gr 5:0.18 12:0.1
s:grabb 5:0.13 12:0.12
s:grandmother 5:0.11 6:0.1
s:greasy 3:0.16 5:-0.16
s:great 0:-0.12 1:0.11 2:-0.16 5:0.26 6:-0.13 10:-0.11 12:0.2
s:grey 12:-0.11
s:grim 3:0.23 5:-0.11 10:-0.16
s:gripe 3:0.15 4:0.11
s:groomer 1:0.13
s:group 4:0.21 7:0.1 10:0.2 12:0.1
s:grubby 3:0.11 5:-0.14 10:-0.17
s:grumpy 1:0.11 8:-0.12
s:grunt 8:-0.16
s:guard 2:0.15 5:-0.13 9:0.11
s:guess 5:-0.13
s:guest 1:-0.22 3:0.25 10:-0.25 13:-0.23
s:guide 5:0.27 12:0.2
s:gums 0:-0.16 5:0.16 12:-0.14
s:guy 0:-0.11 2:0.36 6:-0.21
s:guys 3:-0.14 5:0.11
s:gym 5:0.14 6:-0.13 10:0.15
s:gyms 2:0.12 5:-0.1 9:-0.1
s:ha 0:0.14
s:had 2:0.14 3:0.17 5:-0.11 6:0.11 7:0.32 9:-0.21 11:-0.17 12:0.15
s:hadnt 2:0.18 13:-0.27
s:hair 0:-0.11 3:0.26 10:-0.2 11:0.11
s:haircut 5:0.24
s:hairdresser 0:-0.13 1:0.12
s:hake 5:0.11 9:0.12
s:half 7:0.15 12:-0.4
s:halv 13:0.12
s:hand 3:0.22 6:-0.1 10:-0.11
s:handheld 6:0.13
s:handle 3:0.14
s:handover 6:0.11
s:handprint 3:0.16 5:-0.14
s:handset 2:0.21 9:0.13
s:handwritten 1:0.2
s:handy 13:0.13
s:hanger 4:-0.11
s:happen 0:0.12 2:-0.27 6:0.33 12:-0.11 13:0.21
s:happy 4:0.11 11:0.28
s:hard 5:0.17 12:0.13
s:has 0:-0.11 2:-0.13 5:0.4 6:0.14 7:0.15 11:-0.17 12:0.15 13:-0.13
s:hasnt 1:-0.11 2:0.17 6:-0.16 12:0.12
s:hassle 7:0.25
s:have 1:0.18 2:-0.11 3:0.14 4:-0.12 6:0.1 8:-0.16 9:-0.12 11:-0.2 12:-0.21 13:0.25
s:having 4:0.11 6:0.11 8:-0.15
s:he 0:0.11 1:0.19 2:0.15 3:0.15 5:0.23 6:-0.14 10:0.14 11:-0.18 12:0.11 13:0.16
s:head 1:-0.19 2:0.11 6:-0.12 13:-0.11
s:headach 2:0.15 9:-0.12
s:headache 5:0.13
s:headphone 12:0.13
s:headset 2:-0.13 6:0.23
s:hear 6:0.2
s:heard 6:0.22 13:-0.13
s:hed 1:0.12 7:0.15 8:0.13
s:held 0:0.11 2:-0.12
s:hello 1:0.16 8:-0.11 12:0.11
s:help 1:0.13 4:-0.17 5:-0.14
s:helpful 0:-0.13 1:0.32 5:-0.1 8:0.17
s:helpline 2:0.14 5:0.11
s:her 0:-0.14 1:0.41 2:0.12 6:-0.24 8:-0.18 9:0.23
s:here 3:-0.13 6:-0.23 7:0.18 11:0.13
s:herself 6:-0.11
s:hes 0:-0.15 1:0.11 2:0.18 5:0.14 8:0.12 9:0.12 11:0.13 13:0.1
s:high 3:0.11 4:0.13
s:himself 3:0.13 12:0.11
s:his 0:-0.15 1:0.31 2:0.12 3:-0.11 5:-0.18 8:-0.25 9:0.2 10:-0.1 11:-0.18 13:0.12
s:hold 0:0.67 1:-0.22 6:-0.19 7:-0.2
s:holder 3:0.15
s:hole 0:0.11
s:holiday 0:0.15
s:home 0:-0.17 1:-0.13 4:-0.16 5:0.12 6:0.16 13:0.1
s:honest 0:-0.27 3:-0.12 4:0.26 9:0.16 11:0.16 13:0.18
s:hoover 3:0.24
s:hope 0:-0.1
s:hora 0:0.16 5:0.13
s:hospital 0:-0.13 1:-0.11 4:0.1 11:-0.19
s:hot 7:0.17 12:0.19
s:hotel 0:-0.11 2:-0.14 3:0.12
s:hour 0:0.78 1:-0.12 5:-0.37 6:0.16 7:-0.32 9:0.12
s:house 1:0.17 5:-0.13 9:0.1 10:0.19
s:housekeep 3:0.15
s:how 2:-0.12 4:-0.19 5:0.1 10:0.13 11:0.11
s:however 0:0.11 1:0.14 3:0.15 5:0.28
s:hrs 0:0.37 7:-0.3
s:hunt 2:0.11
s:hurt 5:0.17
s:husband 1:0.22 8:-0.15
s:hygiene 3:0.13 10:-0.23
s:i 1:-0.25 4:-0.12 5:-0.2 8:-0.15 13:-0.12
s:id 0:0.17 1:0.15 2:0.1 5:-0.14 8:-0.17 9:0.14 11:0.14
s:idea 13:-0.1
s:if 0:-0.33 1:0.22 2:0.25 3:-0.18 6:-0.26 8:-0.11 10:-0.19 11:-0.11
s:ignor 6:0.11 12:0.12
s:ill 0:0.18 1:0.15 4:0.15 5:-0.15 6:-0.15 8:0.17 11:-0.13
s:im 1:-0.14 3:0.12 4:0.16 7:-0.16 10:-0.1 12:-0.14
s:immaculate 3:0.27 4:0.14 5:0.11 10:0.45 11:0.14 12:0.22
s:impatient 5:0.11
s:impress 6:0.1
s:in 0:0.16 1:-0.2 5:0.12 7:0.42 8:0.17 12:0.26
s:includ 1:0.1 6:0.14
s:include 4:0.1
s:info 1:0.14 6:-0.13
s:inform 5:-0.12 6:0.11 13:-0.15
s:information 2:0.16 6:-0.17 9:-0.1
s:inside 6:-0.11 9:0.1
s:inspection 0:-0.12
s:installation 5:0.12
s:instead 7:0.18 9:0.17
s:instruction 6:0.11
s:instructor 2:0.16 6:-0.11 8:0.11
s:insurance 1:0.13 5:0.16 6:-0.11 8:-0.11 9:-0.13
s:interrupt 8:-0.14
s:into 5:-0.21 8:0.13 11:0.11
s:invoice 4:0.14
s:is 1:0.12 2:-0.3 4:0.18 5:0.21 8:-0.11 10:0.16 11:-0.28 12:0.32
s:isa 2:0.25 6:-0.13 9:-0.19
s:isas 2:0.12
s:isnt 5:0.16 11:-0.2
s:it 1:-0.18 2:0.33 3:0.16 6:-0.11 7:0.12 8:0.29 9:-0.13 10:0.15 11:-0.24 12:-0.22
s:itd 0:0.11
s:its 2:-0.15 7:-0.21 8:-0.15 11:0.18
s:itself 0:0.2 3:0.21 4:0.1 5:0.3 12:0.3
s:ive 0:-0.13 2:-0.18 7:-0.13 10:-0.19
s:jacket 5:0.13
s:jam 5:0.16
s:jargon 2:-0.11 6:0.16
s:job 1:-0.12 2:-0.23 3:-0.11 5:0.24 6:0.11 11:-0.14
s:jumper 1:-0.26
s:june 13:-0.13
s:just 0:-0.18 3:-0.19 4:-0.12 5:0.11 12:-0.27
s:keep 1:0.15 4:0.13 8:0.29 12:-0.19
s:kept 0:0.1 2:-0.23 5:0.28 6:0.39 7:0.12
s:kettle 5:0.23 6:0.1 13:0.16
s:kids 1:-0.1 4:0.26
s:kind 0:0.11 1:0.25 5:-0.13 8:0.16
s:kitchen 4:-0.15 12:0.13
s:knew 1:-0.15 2:0.73 3:-0.1 4:-0.11 5:0.12 6:-0.21 9:0.4 12:0.24
s:knock 0:0.15 11:0.19
s:know 0:-0.19 2:0.4 4:0.16 5:-0.17 11:0.12
s:knowledgable 0:0.11 1:-0.11 2:0.12 6:0.12 7:0.1 9:0.11
s:knowledgeable 1:0.12 2:0.2
s:la 0:0.14 1:0.11 5:0.1
s:label 12:-0.11
s:lad 0:-0.15 1:0.17 2:0.28 5:0.1 9:-0.16 12:-0.12
s:lads 1:0.11 8:0.16
s:lady 1:0.3 5:-0.27 13:0.13
s:lamb 5:0.16
s:language 6:0.12
s:laptop 2:0.1 9:-0.13
s:lasagne 5:0.12
s:last 0:-0.29 6:-0.18 7:0.1 10:-0.15 12:-0.1
s:late 1:-0.12 2:-0.15 6:0.45 7:-0.31 13:-0.17
s:later 5:0.15
s:laugh 6:-0.12
s:leak 0:0.12 3:0.12
s:leav 1:-0.19 3:0.23 10:-0.18
s:leave 10:-0.15
s:lecture 1:0.14
s:left 1:-0.11 2:-0.12 3:0.26 12:0.11
s:legend 1:0.13 11:0.14
s:legroom 5:0.15
s:lens 4:0.12 5:-0.2 6:0.12
s:less 0:-0.12 1:0.18 4:0.19 8:-0.16
s:lesson 5:0.1
s:let 6:0.11 12:0.15
s:lett 13:-0.22
s:letter 0:-0.18 2:-0.3 5:-0.23 6:0.66 8:0.12 13:-0.57
s:librarian 9:0.12
s:library 3:0.14 6:-0.14 10:0.12 12:-0.11
s:life 5:0.13
s:lifeguard 1:0.13 8:-0.16
s:like 1:0.4 2:-0.17 3:0.12 5:0.41 6:-0.2 7:0.22 8:-0.38 11:0.25
s:liked 6:0.12 13:0.11
s:limit 2:0.12
s:line 1:-0.18 6:0.19 12:0.18
s:list 0:0.16 1:-0.13
s:listen 0:0.12 6:0.43 9:0.11 11:0.14
s:lit 5:-0.13
s:little 1:0.12 4:0.41 5:0.13 8:0.1 11:0.28
s:live 1:-0.11 5:-0.13
s:load 5:0.27
s:local 5:0.14 12:0.16
s:locker 0:0.11 5:0.26 12:-0.22
s:locum 2:0.29
s:lol 0:0.23 5:-0.14 7:-0.18
s:long 0:0.33 1:-0.1 8:0.1 9:0.16 12:0.14 13:-0.12
s:longer 0:0.17 6:-0.1
s:look 0:-0.28 1:0.12 2:-0.26 3:0.13 4:-0.11 5:0.3 6:-0.13 8:-0.17 9:0.31 12:0.26
s:loop 0:0.13
s:loos 3:0.25 5:-0.12
s:lost 0:-0.13 5:0.25 6:0.11 12:-0.16
s:lot 0:0.16 1:0.2 5:-0.14 7:0.1 8:0.16 9:0.2 11:0.11 13:-0.17
s:loud 5:0.11
s:love 0:0.29 1:0.43 3:0.18 6:0.12 7:-0.15 8:0.47 9:-0.13 10:0.13 12:0.18 13:-0.11
s:loved 1:-0.12 3:-0.19
s:loving 11:-0.22
s:lower 7:0.1
s:lowest 0:0.12
s:lunch 0:0.29 5:-0.18
s:lunchtime 2:0.13 5:0.22 12:0.12
s:lush 12:0.1
s:machine 2:-0.11 5:0.15 12:-0.27
s:made 0:-0.22 7:-0.11 8:0.15 12:0.2
s:magnifique 4:0.14 5:0.11 11:-0.13 12:0.11
s:main 0:0.15 4:0.12 5:0.14 11:0.24 12:0.15
s:maintenance 2:-0.11
s:mais 4:0.14 5:0.1 11:-0.13 12:0.11
s:make 0:-0.18 5:-0.12 10:0.12
s:malaga 5:0.16
s:man 5:0.21
s:management 1:-0.11 6:-0.2
s:manager 0:-0.14 1:0.2 2:-0.26 5:-0.22 6:0.18 13:0.14
s:manchester 11:-0.26
s:manner 1:0.18 8:-0.1
s:manual 6:-0.1
s:manufacturer 1:0.1
s:map 6:0.12
s:march 5:0.16
s:mark 12:-0.11
s:massive 5:0.11 6:-0.11 7:0.1
s:matter 1:0.11
s:mattress 1:-0.11
s:me 0:-0.17 1:0.72 2:0.19 3:-0.3 4:-0.13 5:-0.1 6:0.41 9:-0.14 13:0.42
s:meal 0:-0.11 5:0.1 12:0.13
s:mean 5:-0.21
s:meant 2:0.11 9:-0.11
s:meat 1:0.11
s:mechanic 2:0.22 5:-0.16 6:0.12
s:media 6:0.11
s:member 0:-0.12 2:0.15 8:0.18
s:membership 6:0.11
s:men 5:0.43
s:mention 4:0.13 5:0.27 6:0.12 12:0.13 13:-0.17
s:menu 0:-0.14 2:-0.1 5:0.2 12:-0.1 13:-0.28
s:merchant 11:0.16
s:merci 0:0.14 7:0.14
s:mess 0:-0.13
s:meter 0:-0.1
s:middle 5:0.23 12:-0.11
s:might 1:-0.14 6:0.12
s:min 0:0.16
s:mind 0:0.14 2:0.16 3:-0.18 4:0.15 8:0.19 12:0.13
s:mine 4:0.12 11:0.1
s:ming 3:0.1 10:-0.13
s:mins 0:0.68 1:0.11 3:-0.11 5:-0.13
s:mint 11:0.14
s:minute 0:0.61 2:0.15 5:-0.13 6:0.17 8:-0.16
s:miracle 5:-0.13
s:miserable 8:-0.12
s:miss 0:-0.12 2:0.33 3:-0.21 5:0.35 9:0.25 11:-0.11
s:mixed 12:0.1
s:mo 1:0.13 5:0.1
s:moan 5:0.19
s:model 5:0.12
s:moderator 1:-0.17 5:-0.25 9:-0.1 10:0.11 12:0.13
s:monday 0:0.28 12:0.14
s:money 0:0.17 5:0.14 11:0.14
s:month 1:-0.15 2:-0.1 5:0.47 6:0.45 7:-0.12 13:-0.25
s:morale 1:-0.13
s:more 4:0.11 7:0.13 9:0.25
s:morn 1:0.14 3:0.16 5:-0.18 7:0.28 9:-0.14
s:most 0:0.18 4:0.12 5:0.14 6:-0.12 9:0.15
s:mot 4:0.15 5:-0.13 11:0.16
s:mother 1:0.12
s:mouldy 3:0.11
s:mouth 8:-0.24
s:moved 5:-0.12 13:-0.18
s:much 4:-0.22 5:-0.1 6:0.26
s:mum 1:0.11
s:music 0:0.24 7:-0.16
s:must 2:0.11
s:musty 3:0.23 10:0.23
s:muy 1:0.14
s:my 0:-0.16 1:0.1 2:0.12 3:-0.32 5:0.11 6:0.18 8:0.18 9:0.32 12:-0.16 13:-0.17
s:myself 4:0.13 9:-0.13 11:-0.1
s:mystery 10:-0.12
s:n 0:0.15 2:0.15 5:0.21 12:-0.13
s:nail 12:0.36
s:name 0:0.17 1:0.14 2:-0.12 5:-0.22 8:0.15 13:0.18
s:near 2:0.15 6:-0.11 12:-0.19
s:neat 3:-0.14 5:0.26 12:0.16
s:need 0:-0.2 1:0.11 2:0.32 4:-0.16 5:0.23 6:-0.16 9:0.36 10:-0.19 12:0.21
s:neighbour 5:0.1
s:never 0:-0.12 2:-0.12 3:-0.15 4:-0.16 6:0.16 7:0.12 8:0.19 10:0.13 12:0.21 13:-0.27
s:new 0:0.17 1:-0.39 2:0.26 5:0.47 6:-0.15 7:0.21 9:-0.12 10:0.16 12:0.12 13:0.26
s:next 0:0.4 1:-0.1 3:0.12 4:-0.21 7:0.24 9:0.14 11:0.1 13:0.1
s:nice 0:-0.19 1:0.18 5:-0.22 8:0.11 13:-0.13
s:night 1:0.18 5:0.14 6:0.12 7:0.16 8:0.12 11:-0.18
s:nightmare 4:-0.12
s:nine 1:-0.1 2:0.14 7:-0.16
s:no 0:0.25 1:-0.32 5:-0.18 6:0.18 9:-0.19 11:0.15 12:0.25 13:-0.13
s:nobody 2:-0.15 4:-0.17 5:0.15 6:0.37 7:-0.13 12:0.11 13:-0.7
s:normal 1:0.12 5:-0.12 7:0.12
s:not 0:-0.11 1:0.32 5:0.14 7:0.13 8:-0.13 9:-0.18 11:-0.22 12:0.15
s:note 0:0.13 12:0.11 13:0.11
s:noth 0:-0.12 3:-0.19 7:-0.2 9:-0.12 12:-0.12 13:-0.45
s:nothing 2:-0.11
s:notic 0:-0.12 2:0.2 5:-0.11 6:-0.19 10:0.17
s:notice 11:-0.14 12:-0.11
s:noticeab 7:0.1
s:now 0:0.19 4:0.11 6:0.16 10:0.11 11:-0.19 13:0.34
s:nowhere 0:-0.1 1:0.16
s:number 0:0.21 7:-0.11
s:nurs 1:0.12
s:nurse 0:-0.1 1:0.22 2:0.12 5:-0.15 8:0.28 9:0.1 13:0.11
s:odds 11:0.12
s:of 3:0.18 5:-0.2 7:-0.15 8:-0.18 10:-0.16
s:off 1:-0.18 4:0.16 5:-0.27 6:-0.17 10:0.16 12:-0.24
s:offer 6:0.13 7:0.11
s:office 4:-0.1 5:-0.26 6:-0.16 7:-0.12 13:-0.16
s:officer 1:-0.11
s:often 1:0.24 2:-0.1 5:0.15 12:0.16
s:oh 1:-0.1 12:-0.12 13:-0.1
s:ok 0:0.12 3:-0.17 6:0.11 7:0.12
s:old 0:-0.21 2:0.3 5:-0.21 6:-0.29 7:0.21 11:0.14 12:0.1
s:older 1:0.28 2:-0.2 6:0.11 13:-0.2
s:on 0:0.15 1:0.14 11:0.17 12:0.19
s:once 1:0.1 7:0.2 8:0.26 9:0.2 12:0.11
s:one 0:0.12 1:-0.23 5:0.2 6:0.21 9:0.15 13:-0.18
s:ones 0:-0.13 8:0.13
s:online 6:0.23 7:0.18 11:-0.11 13:0.22
s:only 3:0.12 4:0.14 5:0.22 7:-0.16 9:-0.12 11:-0.16 13:-0.1
s:open 1:-0.13 3:-0.12 5:-0.19 6:-0.13 9:0.11
s:operation 6:0.11
s:opinion 5:-0.11
s:optician 1:-0.19 2:0.33 12:-0.13 13:0.19
s:option 2:0.12 6:0.13 7:0.11 13:0.1
s:or 0:0.11 9:-0.12 10:-0.11
s:order 0:0.31 2:-0.23 5:0.5 13:-0.17
s:other 3:0.11 7:0.13 9:0.3 10:-0.14 11:0.11
s:otherwise 9:0.11
s:our 0:0.23 1:0.18 5:0.14 8:0.11 10:-0.17 11:0.13
s:out 2:0.11 3:-0.12 4:0.14 6:0.14 7:0.14 11:-0.28 12:-0.37 13:-0.19
s:outside 0:0.17 1:-0.17 6:0.14 7:0.1
s:over 1:0.13 3:0.13 5:0.16 10:-0.13 13:0.1
s:overcook 8:0.1
s:overdraft 4:0.12
s:overflow 3:0.18 5:-0.2 10:-0.13
s:overpric 3:-0.12 4:0.21 11:-0.22 12:-0.24
s:own 0:-0.11 5:0.2 6:-0.1 12:0.13
s:owner 4:0.14 5:0.2
s:p 0:-0.23 1:-0.12 3:-0.1 5:0.17 6:-0.14 9:-0.1 11:-0.29 12:-0.12
s:pack 5:0.1
s:pads 6:0.16
s:page 6:0.25
s:paid 0:0.18 1:-0.13 3:-0.16 9:0.1
s:pain 2:0.13 6:-0.12
s:painless 0:0.11 7:0.17
s:paint 2:0.19 3:-0.17
s:pair 5:-0.1
s:par 5:0.11 11:-0.13 12:0.11
s:parcel 5:0.33 12:-0.13
s:parent 3:0.1
s:parish 2:0.11
s:park 0:-0.15 2:-0.14 5:-0.13 11:-0.24
s:part 13:0.21
s:participant 1:-0.2 5:-0.18 12:0.16
s:passenger 1:0.11 3:0.1 5:0.14
s:past 0:0.18 6:-0.17
s:pasty 3:-0.13 5:0.16 12:-0.17
s:patch 3:0.12
s:patel 2:0.1
s:patient 0:0.1 4:-0.17 5:-0.27 8:0.21
s:pay 1:-0.14 2:-0.11 11:0.24
s:paying 4:0.15 5:0.15 11:-0.26
s:penny 4:0.21 11:0.22
s:pension 5:-0.1 6:-0.12
s:people 0:0.16 1:0.19 2:-0.13 6:0.1 7:-0.18 8:0.14 9:-0.13 10:-0.15 12:0.22
s:per 4:0.13
s:perfect 5:0.52 12:0.37
s:perfecto 0:0.16 5:0.15
s:person 5:-0.11 7:-0.17
s:personal 5:-0.12
s:pet 1:-0.16 2:0.2 9:-0.11
s:pharmacist 0:-0.16 1:0.11 2:0.51 4:-0.11 5:-0.23 9:0.34
s:pharmacy 0:0.29 5:-0.16
s:phon 6:-0.1
s:phone 0:0.21 1:0.34 2:0.24 3:-0.23 4:-0.22 5:-0.19 8:-0.24 9:-0.27 12:-0.13 13:-0.24
s:photo 1:-0.15 4:-0.15 5:0.25 6:0.22 9:0.14 12:0.2 13:0.21
s:physio 5:0.25 6:0.11 12:0.22
s:pick 1:-0.11 2:0.17 5:0.1
s:pies 3:-0.11
s:pile 3:0.11
s:pill 9:-0.1
s:pillow 3:0.15
s:pilot 6:0.24
s:pint 5:0.13 12:-0.27
s:pipe 5:0.12 6:0.11
s:pizza 5:0.24
s:place 1:-0.14 2:0.11 3:0.31 6:-0.29 11:0.29 12:0.12
s:plain 13:0.15
s:plane 5:-0.1
s:plann 7:-0.14
s:plaster 3:0.17
s:plastic 5:0.13
s:platform 2:0.14 6:0.13
s:play 1:-0.16 11:0.11
s:plumber 7:-0.17
s:pm 0:0.2 2:-0.11 5:0.16 6:-0.14
s:point 2:0.11 6:-0.19 11:-0.29
s:policy 2:0.13 9:-0.11
s:polish 0:-0.14
s:polite 1:0.32 6:0.1 8:0.13
s:pool 1:0.1 6:0.2 8:-0.1 12:-0.12 13:-0.11
s:popp 0:-0.13
s:porter 3:-0.12 8:0.12
s:portion 4:0.11 5:0.16
s:positive 2:0.15 9:0.13
s:post 2:-0.12 5:-0.12 12:0.12
s:postage 4:0.14
s:poster 13:-0.11
s:pothole 0:0.32
s:pound 4:0.3
s:ppl 11:0.14
s:practice 0:0.15 4:0.15 5:-0.13
s:prais 0:0.1 3:0.13 4:0.11 12:0.14 13:0.14
s:prescrib 2:0.13
s:prescription 2:0.2 5:-0.26 9:-0.21
s:pressure 1:0.11
s:previou 1:-0.1 3:0.12
s:price 0:-0.21 4:0.96 13:-0.19
s:priceless 1:-0.14 5:0.1
s:pricey 4:0.13 11:-0.14
s:print 1:0.14 4:0.23 11:-0.13
s:private 0:0.13 2:0.2 4:0.15
s:privilege 11:-0.1
s:problem 2:0.18 9:0.15
s:process 0:0.23
s:product 1:0.18
s:promis 0:0.16 5:0.16 12:0.19
s:proper 0:-0.17 1:0.15 4:-0.14 5:0.23 8:-0.45 12:0.37
s:pub 0:-0.13 8:0.18 10:0.14 11:-0.16
s:puddle 1:-0.11 3:-0.18 5:0.13 12:-0.12
s:pull 1:0.12 8:-0.1
s:push 1:0.12
s:pushchair 5:0.14
s:put 5:0.12
s:qr 13:-0.15
s:question 1:0.15 2:0.21 5:-0.15 6:-0.11 13:0.12
s:queu 0:0.17 1:-0.12 2:0.12 6:-0.23 12:-0.1
s:queue 0:0.8 2:-0.15 5:-0.14 7:-0.33 8:0.13
s:quibble 5:0.13 6:0.14 13:0.16
s:quick 0:0.39 4:-0.13 5:-0.12 6:-0.15 7:0.29 9:0.14 10:0.12
s:quid 1:-0.1 2:0.15 4:0.15 9:0.11 12:-0.1
s:quiet 3:-0.11
s:quit 3:-0.11
s:quiz 0:-0.12
s:quot 3:0.13 4:0.14 7:0.18 11:0.18 12:0.12
s:quote 4:0.21 6:0.21
s:rain 5:0.11
s:ramp 7:-0.15
s:ran 2:-0.13
s:rang 0:0.11 1:0.14 5:-0.37 6:0.26 7:0.12 8:0.11 13:0.19
s:rank 5:0.11 12:-0.16
s:rare 7:0.11
s:rash 2:0.14 9:0.12
s:rate 1:-0.12 4:0.2 6:0.15 13:-0.12
s:rather 5:-0.16
s:rattl 2:0.12
s:rave 5:0.19
s:rd 12:-0.12
s:read 2:0.21 5:0.14 9:-0.31
s:ready 0:0.1 1:-0.13 2:-0.14 6:0.18
s:real 2:0.21 3:-0.11 4:0.17 11:-0.22 13:-0.24
s:realtor 0:-0.1
s:reason 2:-0.11
s:reasonable 4:0.19 11:0.22
s:reassur 2:0.22 9:-0.22 13:0.12
s:receipt 6:-0.11
s:reception 1:0.19 5:0.15 8:-0.21
s:receptionist 1:0.57 4:-0.12 5:-0.19 6:-0.1 8:-0.39
s:reckon 2:0.12 5:-0.13
s:recommend 1:-0.12 2:0.28 5:0.13
s:record 0:0.15 3:-0.16 7:-0.19
s:recycl 0:0.1
s:reference 6:-0.1
s:refit 13:-0.11
s:refund 2:0.12
s:regular 6:-0.16 8:-0.22 11:-0.11 12:0.12 13:-0.14
s:reject 5:0.12
s:relative 12:0.1
s:remain 5:0.11
s:remember 1:0.2 2:-0.12 8:0.21 12:0.14
s:removal 4:0.1
s:rent 11:-0.16
s:repair 0:0.1 1:-0.12 2:-0.14 5:0.22 6:0.24
s:repay 7:0.25
s:repeat 5:-0.13
s:replac 1:-0.14 5:0.2 12:-0.11
s:replacement 5:0.14 6:0.12 7:0.12 13:0.15
s:reply 0:-0.1 4:-0.17 6:0.18 13:-0.1
s:report 0:0.46 2:-0.11 6:0.13 13:-0.12
s:request 2:-0.1 7:0.11
s:reserv 6:0.1
s:resident 0:-0.15 5:0.13
s:restaurant 1:0.12 5:0.16 8:0.11 12:-0.12
s:return 0:0.14 2:-0.16 4:0.15 6:0.11 12:-0.14
s:review 0:-0.12 3:0.12 11:0.11 12:0.2
s:rider 6:0.1
s:right 1:-0.13 2:0.42 4:-0.12 6:-0.15 9:0.12
s:ring 0:0.14 1:-0.13 6:0.5 7:-0.15 12:-0.18 13:-0.28
s:rip 4:0.11 11:-0.14
s:rise 6:0.15 13:-0.11
s:road 0:0.13 1:-0.24 2:0.1 5:0.14 12:-0.16
s:roast 5:0.2 11:-0.11 12:0.11
s:robbery 0:-0.14 11:-0.1
s:roll 3:0.24 8:-0.1
s:rong 5:-0.11
s:roof 2:0.14 4:-0.11
s:room 0:-0.24 3:0.74 4:-0.14 5:-0.15 8:0.12 9:0.12 10:0.15 12:-0.28 13:-0.11
s:rota 1:-0.13 2:-0.13 6:-0.18
s:rough 5:0.24 12:-0.15
s:round 5:-0.13 11:0.13 13:-0.12
s:router 2:0.17 11:-0.13
s:rubbery 8:0.13
s:rubbish 1:-0.12 5:0.18 12:-0.19
s:rude 1:0.43 2:-0.18 3:-0.13 4:-0.15 5:-0.43 6:-0.17 8:-0.39
s:rule 2:0.11
s:run 2:-0.13
s:runn 1:0.15 5:0.21 6:0.29
s:rush 0:-0.15 1:0.27 2:-0.22 6:0.19 13:-0.15
s:s 4:0.26 5:0.2
s:said 0:0.11 1:0.13 2:0.21 4:0.11 6:0.32 7:0.19 8:-0.13 9:-0.15 12:-0.11 13:-0.29
s:sale 5:0.22 12:0.15
s:salesman 1:0.1 8:-0.25
s:salon 11:-0.11
s:sam 5:0.11
s:same 2:-0.13 3:-0.1 8:0.13 10:-0.17 13:-0.14
s:sandwich 12:0.12
s:sat 1:0.11 6:0.25 13:-0.2
s:saturday 0:0.26 2:-0.1 4:-0.12 5:-0.12 7:-0.21
s:sausage 3:0.11 5:0.11
s:saved 0:-0.1 1:-0.14 2:0.33 9:0.25 11:0.15
s:saw 6:-0.11
s:say 0:0.2 2:-0.34 3:0.13 4:-0.1 5:-0.18 6:0.28 7:-0.1 10:0.11
s:saying 0:0.21 3:0.13 6:0.13 7:-0.16 13:-0.14
s:says 7:-0.13 12:-0.16 13:-0.13
s:scanner 6:0.12
s:scheme 6:-0.11
s:school 0:-0.1
s:science 5:0.17
s:scone 5:0.26 12:-0.14
s:scratch 5:0.25 6:0.14
s:screen 0:0.11 5:0.18 6:0.28
s:script 9:-0.11
s:sea 0:0.1
s:seat 1:0.1 2:-0.11 3:0.38 4:0.15 5:0.14 10:-0.13 11:0.11
s:second 2:0.14 6:-0.15
s:see 0:0.13 2:-0.11 10:-0.18 11:-0.13
s:seed 5:0.19 12:0.17
s:seem 2:0.21 8:-0.11 9:-0.22
s:seen 0:0.12 1:0.2 8:-0.15 10:0.12
s:sehr 0:0.16
s:self 0:0.19 5:-0.16
s:sell 0:-0.22 1:-0.22 2:0.14 5:0.14 6:-0.15
s:seller 4:0.11
s:sent 0:0.1 4:-0.15 6:0.5
s:serv 0:0.19 1:0.11 5:0.26 7:-0.18 8:-0.18
s:service 3:-0.11 4:0.22 7:-0.21 11:-0.18 12:0.22 13:-0.2
s:session 12:0.17
s:seven 0:0.11 6:0.15 13:-0.12
s:several 3:0.12 4:0.23 8:0.12 9:0.18 11:-0.18
s:shak 1:0.11
s:shame 0:0.13 1:0.11 11:0.11
s:she 2:0.34 7:0.11 8:0.14 12:0.14
s:shed 1:0.14
s:shelve 3:0.1
s:shift 0:-0.17 1:-0.21 12:-0.15
s:shirt 2:-0.1
s:shock 5:-0.17
s:shoe 5:0.17
s:shop 0:-0.27 2:0.25 6:-0.1
s:shopp 0:-0.1
s:shopper 10:-0.12
s:short 0:0.14 12:0.14
s:shorter 1:0.1
s:shot 5:0.12
s:should 2:0.13 9:-0.17
s:shout 0:-0.13
s:show 0:-0.26 2:-0.11 6:0.49 9:0.1 13:0.31
s:shower 0:0.19 3:0.12 10:-0.11
s:shrugg 1:0.11 5:0.15 8:-0.14 12:-0.1
s:side 5:0.15 9:0.12
s:sigh 0:-0.11 1:0.18 8:-0.11
s:sign 5:0.15 12:-0.13
s:signage 6:-0.11
s:simp 5:0.12
s:since 0:0.21 5:0.19 7:0.22 10:0.21
s:singl 2:-0.1
s:single 0:-0.19 5:-0.1 6:0.26 13:-0.16
s:sink 11:-0.12
s:sit 4:0.11
s:site 0:0.12 1:0.15 7:0.11
s:sitt 6:0.13
s:six 0:-0.15 5:0.35 7:-0.14
s:skirt 11:-0.14
s:sleep 5:0.27
s:sleeve 10:-0.13
s:slept 5:0.14
s:slot 1:0.12
s:slow 0:0.32 7:-0.15 9:0.12 11:0.12
s:small 1:0.17 4:0.15 8:0.1 11:-0.11
s:smear 2:-0.1
s:smell 2:-0.2 3:0.59 5:-0.12 6:-0.14 10:-0.18
s:smelt 3:0.13
s:smile 5:-0.1 8:-0.26
s:snapp 4:-0.12 5:0.24 12:-0.14
s:so 0:-0.17 1:-0.17 2:-0.11 3:-0.26 6:0.17 7:-0.18 8:0.17 9:-0.14 10:-0.21 11:-0.12
s:soak 5:0.11
s:social 6:0.11
s:society 2:0.17 5:-0.1
s:sofa 0:-0.12 3:0.18 5:-0.15
s:soggy 5:0.13 12:-0.13
s:solid 12:0.1
s:some 4:0.17 6:-0.11 8:-0.2 9:-0.12
s:somebody 1:0.13
s:someone 1:-0.15 2:0.28 3:0.37 9:-0.16 10:-0.17
s:somewhere 1:0.14 2:0.11 12:-0.1
s:son 1:0.17
s:sore 0:-0.11 1:-0.16 5:0.14
s:sort 0:0.22 2:0.2 7:0.21 9:0.2 11:0.1
s:sound 0:-0.1 1:0.15 6:0.11 8:0.16 12:0.19
s:sourdough 1:0.11 5:0.11
s:spa 4:0.11
s:space 5:-0.1
s:spacer 1:-0.12 2:0.12
s:spaniel 1:-0.12
s:spare 0:-0.15
s:speak 1:0.12
s:specialist 0:0.1 2:0.19 9:-0.13
s:speck 10:0.11
s:speed 5:0.33
s:speedy 0:0.13
s:spend 0:0.12 7:-0.12
s:spent 2:0.12 6:-0.15 7:-0.11
s:split 2:0.12
s:spoke 1:0.13 8:0.1
s:spoken 0:-0.12 1:0.15
s:spot 0:-0.12 9:0.11
s:spotless 1:-0.21 3:0.52 5:-0.14 9:0.14 10:0.62 12:0.1
s:spott 2:0.34 5:-0.16 9:0.3
s:spring 5:0.12
s:squat 2:0.1
s:squeez 6:-0.13
s:staf 1:0.13
s:staff 1:0.52 2:0.19 3:-0.12 5:-0.15 6:-0.26 8:0.16 11:-0.14
s:stage 13:0.12
s:stain 2:-0.12 5:0.25 12:0.16
s:stale 5:0.21 12:-0.14
s:stand 0:0.14 7:0.12
s:star 1:0.16 5:0.17 12:0.18
s:start 2:-0.24 3:0.15 4:-0.13 6:0.23 7:-0.27 9:-0.12 13:0.17
s:starter 2:0.15 9:-0.12
s:state 10:-0.13
s:statement 1:0.15
s:station 3:0.11
s:stay 0:-0.12
s:steal 4:0.14 11:-0.14
s:steep 11:-0.12
s:steer 3:0.16 5:-0.11
s:stellar 10:-0.14
s:step 3:-0.11 5:-0.11 6:0.28 13:0.27
s:sticky 3:0.31 4:-0.1 10:-0.25
s:still 0:0.21 3:-0.11 6:-0.14 7:-0.24 9:-0.28 10:-0.13 12:-0.12 13:-0.27
s:stone 0:0.15 7:-0.15
s:stood 0:0.19
s:stopp 6:0.27 13:0.11
s:storage 0:-0.13 6:0.13
s:story 0:0.11 5:0.17 12:0.23
s:straight 2:0.14 7:0.12 8:0.1 9:0.21 10:-0.11
s:straw 1:-0.14 3:0.12
s:street 2:0.12 6:0.13 11:-0.16
s:streetlight 0:0.17
s:strength 9:-0.1
s:stress 2:0.19
s:stuck 10:-0.29
s:stuff 2:0.23 9:0.21
s:stunn 5:0.17
s:stylist 1:0.17 5:0.21 11:0.1
s:such 1:0.13 5:-0.12
s:summary 0:-0.23 5:-0.17 13:0.13
s:sunday 0:-0.16 5:0.13 11:-0.12
s:super 5:0.17 12:0.16
s:superb 7:0.24
s:supermarket 1:0.11 6:-0.11 12:0.1
s:supervisor 1:0.16
s:supplement 2:0.13
s:supplier 7:0.12
s:support 2:0.12 9:-0.1 12:0.14
s:supposed 1:0.12
s:sure 0:-0.22
s:surface 0:0.1
s:surgery 3:0.27 5:-0.22 8:-0.18 9:0.12 10:0.26
s:surpris 10:0.16
s:sweetheart 5:-0.12
s:swept 3:0.28 10:0.11
s:switch 5:-0.17
s:symptom 9:-0.12
s:system 1:-0.21 5:-0.12 7:0.1 12:-0.11
s:ta 7:0.11 10:0.36
s:table 0:0.12 1:0.12 3:0.39 5:-0.27 6:-0.12 10:-0.32
s:tablet 2:0.26 7:0.14
s:take 0:0.29 2:0.17 3:-0.11 7:-0.27
s:takeaway 4:0.23 5:-0.19
s:taking 7:-0.13
s:talk 1:0.38 2:0.16 5:-0.12 8:-0.31 9:0.19 13:0.17
s:tap 5:0.21 7:-0.11 12:-0.15
s:tast 5:0.15 12:-0.12
s:taste 5:0.34 12:-0.22
s:tasty 5:0.14 12:0.11
s:tax 2:0.1 4:-0.16
s:tbh 0:-0.15 5:0.32 12:-0.24
s:tea 12:-0.13
s:teach 1:0.1
s:team 1:0.19 4:-0.11 8:0.13
s:teeth 1:0.14
s:tell 2:0.2 3:-0.17 6:0.46 13:-0.11
s:ten 0:0.14 1:-0.1 5:-0.16 6:-0.17 7:0.29 11:-0.12 13:0.11
s:tenner 11:0.35
s:terrible 5:0.13
s:test 9:0.12 12:-0.13
s:text 0:-0.22 2:-0.25 3:-0.18 4:-0.14 5:-0.21 6:0.92 13:0.45
s:th 0:0.11 12:-0.11
s:than 0:0.15 1:0.13 4:0.27 6:-0.17 7:0.19 9:0.23 10:0.19 12:0.22 13:0.11
s:thank 0:-0.15 4:-0.15 5:-0.19 13:-0.17
s:that 2:0.16 3:-0.16 4:0.25 6:0.24 8:0.26 9:0.12 11:0.16 13:-0.13
s:the 0:-0.26 1:-0.34 3:-0.27 4:-0.38 7:-0.22 8:0.23 10:-0.16 12:-0.13 13:0.17
s:theatre 1:0.1
s:their 1:0.2 2:-0.16 4:-0.18 5:-0.2 6:0.29 8:-0.25 9:0.22 13:0.12
s:them 0:-0.24 1:0.31 3:0.28 4:0.1 5:0.18 6:0.3 7:-0.22 8:0.11 12:0.13
s:themselve 5:0.19
s:then 1:0.11 3:0.18 4:0.19 6:0.15 10:-0.14 11:-0.22 13:-0.2
s:therapist 5:-0.16
s:there 0:0.17 1:0.12 2:-0.11 3:0.12 6:-0.14 10:-0.24 12:-0.18 13:-0.21
s:they 0:0.26 1:-0.11 6:0.22 7:0.13 9:-0.25 12:-0.12
s:theyd 0:0.11 2:-0.1 6:0.11
s:theyre 0:-0.1 1:0.14 11:-0.11
s:theyve 1:-0.18
s:thing 0:-0.11 4:0.2 6:-0.2 7:0.2 8:-0.16
s:think 3:-0.11 4:0.32 10:-0.11 11:0.1
s:third 5:0.21 12:-0.16
s:this 1:-0.1 3:-0.13 5:-0.31 7:0.17 10:0.16 11:0.11 13:-0.14
s:tho 5:0.12 12:0.1
s:thorough 1:-0.17 13:-0.11
s:those 0:0.11 5:0.16
s:though 0:0.46 1:0.23 2:0.16 4:0.11 5:0.13 8:0.16 12:0.22
s:thought 2:0.16
s:three 2:0.11 4:0.15 5:0.39 6:0.11 9:-0.23 12:-0.18 13:-0.37
s:thrill 5:0.11 12:0.12
s:through 0:0.11 1:-0.11 6:0.36 9:0.2 13:0.39
s:thursday 0:0.25 5:-0.13 7:-0.23
s:thyroid 2:0.16 9:0.15
s:ticket 0:0.15 1:0.13 4:0.14 7:-0.13
s:tico 5:0.12
s:tidy 3:0.17 10:0.21
s:tile 9:0.11
s:till 0:0.11 2:-0.2 5:-0.19 7:-0.22
s:time 0:0.17 1:0.27 3:-0.2 5:0.12 6:0.29 8:-0.14 11:-0.19 13:-0.18
s:tip 1:0.12 3:0.28 8:0.13 10:-0.21
s:to 1:0.16 3:-0.27 5:-0.28 6:0.12 8:-0.35 9:-0.11 10:-0.32 11:-0.15 12:-0.11
s:toast 11:-0.14
s:toddler 1:-0.1
s:together 2:0.11
s:toilet 0:-0.29 2:-0.18 3:0.71 10:-0.31
s:told 0:-0.25 1:-0.14 2:0.69 3:-0.26 4:-0.2 6:0.16 7:-0.31 9:-0.36 13:-0.39
s:tomorrow 1:0.11
s:too 1:0.36 2:-0.11 3:0.13 5:0.29 8:0.14 10:0.14 12:0.28 13:-0.11
s:took 0:0.49 1:0.34 2:-0.11 4:-0.19 5:0.26 7:-0.23 8:0.26 9:0.19 13:-0.15
s:top 1:-0.14 2:0.13 6:0.14 9:0.15 12:0.11
s:total 1:0.11 5:-0.15 8:-0.12
s:touch 0:-0.14 3:0.14
s:towel 4:0.1 5:-0.13 11:-0.11
s:town 1:0.25 4:0.3 11:0.21 12:0.2
s:tr 4:0.28 5:0.14
s:track 6:0.27
s:trade 9:0.1 11:0.13
s:traffic 1:0.16 8:-0.13
s:train 1:-0.19 2:0.33 5:-0.19 11:-0.3 13:-0.17
s:transferr 5:0.15
s:tray 5:0.13
s:treat 8:-0.16
s:treatment 4:0.18 11:-0.24
s:tried 5:0.19
s:trim 5:0.23 12:0.15
s:trip 0:-0.1
s:trolley 0:0.22 3:0.17
s:trop 4:0.15 5:0.11 11:-0.15 12:0.11
s:truth 5:0.12
s:try 1:0.11 8:0.11
s:tuesday 2:-0.13 7:-0.18 13:-0.14
s:turn 0:0.12 1:-0.13 2:0.13 6:0.27 11:0.13
s:tv 0:-0.14
s:twenty 0:0.19 2:0.17 3:-0.11 11:0.11 12:0.11
s:twice 7:-0.12 11:-0.18 12:-0.21
s:two 0:0.41 1:0.12 2:0.2 3:-0.14 4:0.19 6:0.13 7:-0.14 11:0.22
s:tyre 1:-0.14 2:0.22 6:-0.11 11:0.11 12:-0.1
s:u 11:0.14
s:unable 0:0.11
s:under 1:-0.12 3:0.3 7:0.11 11:0.14 13:0.11
s:understand 1:-0.12 6:0.31
s:understood 6:0.19 13:0.24
s:unfair 0:0.14
s:unhelpful 1:0.12
s:uniform 5:-0.13
s:unit 5:-0.17
s:unreal 0:0.12 5:0.1 11:0.39
s:until 0:0.1 6:0.15 7:-0.15 12:-0.1
s:up 0:0.15 2:-0.14 4:-0.11 6:0.1 7:-0.35 8:-0.12 9:0.17 10:0.23 11:-0.2
s:updat 6:0.21 13:0.15
s:update 1:-0.12 3:-0.11 6:0.35
s:upgrad 2:0.12
s:upgrade 5:0.2 6:0.12
s:upsell 1:0.24
s:us 1:0.17 3:-0.24 8:0.13
s:use 2:0.19
s:used 0:0.12 10:-0.12 12:-0.15
s:useful 2:-0.11
s:usher 1:0.13
s:using 2:0.16 5:-0.11
s:valet 3:0.16
s:valu 11:0.14
s:value 4:0.44 11:0.32
s:van 0:0.21 7:0.16
s:varifocal 5:0.19
s:vegan 12:-0.14
s:vegetarian 2:0.11
s:very 2:0.17 5:0.12 6:-0.12 8:0.14 10:0.14 12:0.13
s:vet 0:-0.18 1:0.15 2:0.23 8:0.14 12:0.11
s:video 6:0.12
s:view 3:-0.17 5:-0.18
s:visit 2:0.14 5:-0.12 7:0.29 9:-0.11
s:visitor 5:0.12 12:0.12
s:vivaldi 0:0.14 7:-0.11
s:volunteer 1:0.14 2:0.12
s:wait 0:0.89 1:-0.43 2:-0.18 4:-0.31 5:-0.32 6:0.1 7:-0.17 9:0.1 12:0.34
s:waiter 1:0.35 5:0.18 10:-0.12
s:waiv 11:0.13
s:walk 0:0.15 1:0.11 5:-0.15 6:-0.12 7:-0.15
s:wall 2:0.11
s:want 0:0.11 1:0.22 2:-0.13 11:0.14
s:war 5:0.12
s:warden 1:0.26 8:-0.15
s:warm 1:0.13 4:0.11 5:0.11 8:0.12 12:-0.22
s:warranty 2:0.12
s:was 1:0.25 3:-0.18 5:0.17 8:0.14 11:0.11 12:-0.19
s:wash 0:-0.26 4:-0.12 5:0.13 12:-0.17
s:washer 3:0.12 5:-0.13
s:wasnt 6:0.14 9:-0.12 12:-0.15 13:-0.12
s:water 1:0.15 2:0.17 3:-0.14 11:-0.16 12:-0.11
s:way 5:-0.21 6:0.15 8:0.1 10:0.1 13:0.12
s:we 1:0.21 2:-0.18 4:0.19 5:-0.14 6:0.12 10:0.33 11:-0.2 12:0.13 13:0.11
s:wear 1:-0.21 5:0.11
s:website 5:-0.12 13:-0.23
s:wed 6:0.17 13:-0.12
s:wedd 1:0.18 2:-0.14 11:0.1
s:week 0:0.67 1:-0.27 3:0.15 4:-0.3 6:0.2 7:-0.39 9:-0.12 10:-0.11 13:-0.24
s:weekend 0:0.15
s:welcom 1:0.1 8:-0.41
s:welcome 1:0.18
s:well 0:-0.19 1:-0.13 5:0.2 6:0.2 9:0.1 12:0.34
s:went 1:-0.14 4:-0.38 7:-0.12 10:-0.18 12:-0.1 13:0.16
s:were 3:0.11 4:0.13 6:0.18 7:-0.23 8:0.24 13:-0.13
s:werent 12:-0.19
s:wet 3:0.21 10:-0.12
s:weve 10:-0.12 13:-0.14
s:what 0:-0.12 1:-0.42 2:-0.12 4:0.12 6:0.43 9:-0.17 13:0.4
s:whatever 5:0.13
s:wheel 13:-0.13
s:wheelchair 8:0.13
s:when 1:0.44 4:0.21 5:0.19 6:0.21 8:-0.22 11:-0.25 12:-0.24 13:-0.18
s:where 0:-0.12 4:-0.12 6:0.26 11:0.11 12:0.11 13:0.33
s:whether 0:-0.29 1:-0.27 2:0.27 5:-0.32 9:-0.13 10:-0.12 13:-0.13
s:which 0:-0.1 2:0.37 5:-0.16 7:0.2 8:0.26 10:0.22 13:0.2
s:while 1:0.17 5:-0.18 7:0.18 13:0.13
s:white 5:0.14
s:who 1:0.22 2:0.26 7:-0.14 9:-0.23 10:-0.2 12:0.21
s:whole 1:0.15 2:0.17 6:0.12 8:-0.1
s:whoop 4:-0.13
s:whos 1:0.14 5:-0.12 13:0.13
s:why 0:0.36 4:-0.12 5:-0.11 6:0.46 13:-0.1
s:wide 8:-0.24
s:wifi 5:0.37 6:-0.13 9:-0.11
s:will 0:-0.13 5:-0.2
s:window 1:-0.12 5:0.16 7:0.14 9:-0.11
s:wine 5:0.18 12:0.16
s:winter 5:0.1 12:0.13
s:wipe 3:0.12
s:wiped 3:0.16 5:-0.12
s:with 1:0.5 3:0.13 4:0.19 5:0.12 6:0.2 8:0.15 11:0.13
s:within 0:0.18 2:0.13 5:0.14 7:0.46 12:-0.19 13:0.15
s:without 2:0.26 6:0.27 7:0.14 8:0.12 11:-0.11
s:woman 1:0.27 6:-0.16
s:wonder 4:-0.1
s:wonderful 13:-0.11
s:wont 1:-0.11 4:0.1 5:0.23 9:-0.12 12:-0.14
s:work 1:-0.2 2:0.38 4:-0.18 7:-0.13 9:-0.31
s:worn 2:0.13 6:0.22 9:0.16 13:0.17
s:worst 1:-0.11
s:worth 3:-0.2 4:0.35 5:0.37 12:0.2
s:wot 2:0.16 3:0.14 10:-0.12
s:would 1:-0.32 4:-0.25 6:0.11 7:0.17 10:-0.17 13:-0.11
s:wouldnt 5:0.12 8:-0.15 12:-0.14
s:wow 0:0.13 7:-0.16
s:write 6:-0.12
s:written 6:0.13
s:wrong 2:0.64 3:-0.12 6:-0.11 9:-0.29 13:-0.23
s:x 8:0.18
s:yeah 9:-0.11
s:year 2:0.31 3:-0.18 5:0.11 8:0.17 9:0.2 12:0.19
s:yes 2:0.23 9:-0.17
s:yesterday 5:0.21 12:-0.11
s:yet 2:0.1 9:0.2
s:you 0:-0.13 5:-0.18 10:0.28 11:0.17
s:youd 1:-0.19 5:-0.14
s:younger 1:0.11
s:your 0:0.1 3:0.16 6:-0.18 10:0.26
s:youre 1:0.14 7:0.11 8:-0.15
s:youtube 9:-0.11
s:zero 10:0.18
s:£ 0:-0.28 2:-0.11 3:-0.12 4:1.89 6:0.35 7:0.13 10:0.15 11:-0.65 13:-0.2
s:€ 4:0.16 5:0.14 11:-0.14 12:0.15
u:! 0:-0.11 2:-0.28 4:0.19 6:-0.21 10:0.37 12:0.63
u:$ 1:0.1 4:0.11 8:-0.11
u:% 4:0.18
u:02 0:0.1 7:0.11
u:1 5:-0.14 7:0.18
u:10 0:0.15 1:-0.18 2:-0.11 4:-0.11 7:0.14 13:-0.12
u:100 5:-0.11
u:12 0:0.31 2:-0.11 4:0.1
u:14 3:0.13 5:0.15
u:140 5:0.11
u:15 2:0.11 3:0.11 4:0.11 11:0.12
u:18 4:0.13 6:0.17
u:19 11:0.12
u:2 0:0.36 4:-0.1 6:-0.27 7:-0.28 10:0.16 13:0.11
u:20 0:0.29 1:-0.1 3:-0.1 5:-0.15 6:0.12 7:-0.11
u:2019 0:0.11
u:22 5:-0.1 6:0.13 11:-0.12
u:24 0:-0.16
u:25 5:0.1
u:3 0:0.3 3:-0.12 6:-0.12 7:0.26 9:-0.19 12:0.21
u:30 5:-0.27 13:0.12
u:300 4:0.11
u:340 6:0.12 11:-0.1 13:-0.13
u:35 0:0.12
u:38 3:0.11 5:0.14 12:-0.36
u:4 0:0.37 3:-0.2 5:-0.13 7:-0.2 11:-0.14
u:40 12:-0.13 13:-0.15
u:400 5:-0.11
u:45 0:0.22 4:0.21 5:-0.14 7:-0.11 11:-0.27
u:47 0:0.1
u:48 0:0.13 4:0.15 5:0.24 11:-0.15
u:5 0:0.14 2:-0.1 11:0.14 12:0.11
u:50 0:0.23 4:0.15 6:0.18 7:-0.26 11:-0.23 13:-0.14
u:500 5:0.11 12:-0.13
u:55 0:0.1
u:6 6:0.23
u:60 5:0.16 11:-0.11
u:65 4:0.11
u:7 0:0.24 13:-0.11
u:70 4:0.11
u:8 0:0.18 5:0.17 6:-0.21 7:-0.27
u:800 4:-0.11
u:9 4:0.13 5:-0.11
u:90 0:0.15 7:-0.11
u:95 5:0.14
u:99 0:0.13 1:0.1 4:0.14
u:? 0:-0.14 1:-0.2 2:-0.12 5:-0.3 7:-0.1 11:-0.1 13:-0.14
u:a 0:-0.13 1:-0.18 2:-0.17 3:-0.15 4:0.19 5:-0.11 7:-0.17 8:-0.27 9:0.11 10:-0.32 12:-0.21 13:-0.1
u:about 1:0.15 3:-0.11 4:-0.23 5:-0.12 6:0.13 10:0.25
u:abroad 3:-0.11
u:account 0:0.11 6:0.18
u:acted 1:0.19 8:-0.15
u:actually 5:0.11 6:0.23 8:0.24 9:0.12 11:0.12 12:0.29 13:0.5
u:adds 4:0.11
u:admit 5:0.1
u:advice 0:-0.12 2:0.43 9:-0.11
u:adviser 0:-0.12 2:0.1 9:-0.12
u:advisers 2:0.13
u:advisor 2:0.1 7:-0.17 13:-0.13
u:after 0:0.1 1:0.1 3:0.24 5:0.31 10:0.23 12:-0.13
u:afterwards 0:0.1 1:0.12 7:0.12
u:again 5:0.37 11:0.15
u:agent 5:-0.22 9:-0.1 13:-0.2
u:agents 0:-0.15
u:ages 7:-0.15
u:ago 6:0.16
u:agree 5:-0.12
u:agreed 0:-0.14 5:0.23
u:ahead 0:0.15
u:alarm 5:-0.16
u:all 0:-0.13 1:0.27 2:0.15 4:-0.15 5:-0.11 6:-0.28 12:-0.14 13:0.2
u:allowance 2:0.12 9:-0.13
u:almost 0:0.12 4:-0.11 10:0.19
u:already 4:0.13 5:0.16 6:0.24 9:-0.1 13:-0.19
u:also 2:0.12 12:0.1
u:always 2:-0.1 3:0.17 8:0.13 10:0.17
u:am 0:0.15 7:-0.11
u:amazin 3:0.14 10:-0.12
u:ambulance 1:0.1
u:amount 5:-0.12
u:an 0:0.24 2:0.17 4:0.14 5:-0.22 10:0.12
u:and 0:0.19 1:0.21 2:0.24 3:0.24 5:0.18 6:0.22 9:0.22 11:0.3 13:0.28
u:angry 6:0.1
u:announced 6:0.1
u:annoyed 2:0.11
u:another 1:-0.15 3:-0.13 5:0.17 12:-0.14
u:answer 2:0.37 5:-0.25 6:-0.2 9:0.19 13:0.13
u:answered 8:0.15
u:answering 1:0.13
u:answers 2:0.12
u:any 2:0.2 5:-0.3
u:anyone 0:-0.11 5:-0.22 10:0.12
u:anything 2:0.13 6:0.18 9:0.2 12:0.14
u:anyway 1:0.12 5:0.13 12:-0.11
u:anywhere 5:0.11 7:0.13 10:0.1 11:0.13
u:apart 4:-0.1
u:apologetic 0:0.13 1:0.11 3:0.16 6:-0.1
u:apologise 1:-0.12
u:apologising 1:-0.16 5:0.13
u:app 1:-0.12 2:-0.15 5:0.26 6:0.22
u:appointment 1:0.17 6:0.1 8:0.11 9:0.14 13:-0.19
u:appointments 6:0.11
u:appreciate 1:-0.1
u:appreciated 1:0.13 6:0.25 13:-0.14
u:apps 12:-0.12
u:archive 2:0.11
u:are 5:0.2 6:-0.1 10:-0.2 11:-0.12
u:area 3:0.18
u:arrive 0:0.14
u:arrived 0:0.3 1:0.14 5:0.36 6:0.34 7:0.17
u:as 1:0.34 2:-0.11 4:0.16 8:-0.24 10:0.12 11:0.16 12:0.13 13:0.19
u:ask 0:-0.21 2:0.18 3:-0.12 6:-0.12 8:-0.12 9:-0.35 11:0.1 13:-0.23
u:asked 0:-0.17 2:0.36 3:-0.25 4:-0.17 6:-0.28 9:-0.19 11:0.11 13:-0.2
u:asking 1:0.21 5:-0.12 8:-0.16 11:-0.17
u:asks 2:0.14
u:asleep 1:0.13 8:-0.16
u:assistant 1:0.1
u:at 0:0.28 2:-0.13 3:-0.11 5:-0.13 8:-0.19 9:0.2 10:0.13 12:0.15
u:ate 1:0.13
u:attentive 5:0.12
u:august 12:-0.14
u:away 0:0.17 4:0.1 7:0.14 9:0.11
u:back 2:-0.16 3:-0.12 5:0.42 7:0.23 10:-0.24 13:-0.13
u:backwards 2:0.14
u:bad 12:-0.27
u:badly 6:-0.12
u:bag 0:0.16 5:-0.16
u:bags 11:-0.24
u:baked 5:0.14
u:bakery 3:0.1 4:0.1 5:0.12
u:band 1:-0.23
u:bang 7:0.1
u:bank 5:-0.15 9:-0.14
u:banking 5:0.16
u:banks 2:0.11 5:0.11 6:-0.14
u:bar 1:0.28 2:-0.19
u:barber 3:0.11
u:barely 6:-0.1
u:bargain 4:0.2 11:-0.16
u:basically 6:0.11
u:basket 5:-0.12
u:bath 10:-0.2
u:bathroom 5:-0.16
u:bathrooms 3:0.2
u:battery 12:0.14
u:be 0:0.11 5:-0.11 8:-0.13 9:-0.2
u:beautifully 12:-0.15
u:because 0:0.12 1:-0.19 5:-0.1 7:-0.3 12:-0.15
u:bed 0:-0.13 1:0.11 5:0.16 6:-0.12 11:0.11 12:0.19
u:been 0:0.11 4:-0.16 5:-0.19 6:0.28 7:-0.15 8:0.11 10:-0.18 11:0.14 13:-0.35
u:before 0:0.13 2:-0.26 4:-0.24 5:-0.14 7:0.22 9:0.15 10:0.14 12:0.12 13:0.17
u:behind 0:0.12 1:0.11
u:being 5:-0.15 7:-0.17 8:-0.23
u:bell 5:0.13
u:best 1:-0.2 3:-0.19 5:0.38 7:-0.13 11:0.12 12:0.57
u:better 1:0.12 8:-0.19 9:0.19 12:0.26
u:between 0:0.3 4:0.13 6:0.12
u:biased 1:-0.1
u:bien 5:0.12
u:big 1:-0.12 2:0.17 4:0.12 6:-0.12 9:0.12 11:0.17
u:bike 0:0.16 7:0.12 12:0.13
u:bill 1:0.28 2:-0.2 4:0.32 6:0.55 7:0.13 8:-0.11 11:-0.12
u:bin 0:-0.14 1:-0.1 5:0.27 12:-0.16 13:-0.18
u:bins 3:0.18 5:0.39 6:-0.14 10:-0.15 12:-0.21
u:bird 5:0.16 12:0.18
u:birthday 6:-0.17
u:bit 6:-0.22 9:0.23
u:bite 5:0.13 12:-0.1
u:bitter 5:0.17 12:-0.12
u:blamed 0:0.12
u:blind 0:-0.13
u:bloke 0:-0.19 1:0.24
u:blood 2:0.2 3:-0.11 4:0.14 8:0.15
u:blow 12:-0.14
u:boards 11:-0.14
u:boiler 5:-0.12
u:boilers 0:0.12 5:-0.15
u:book 1:-0.13 4:-0.13
u:booked 0:0.15 3:0.12 5:0.3 10:0.12 12:0.1
u:booking 0:0.12 5:-0.19 6:0.12 7:0.12 13:0.19
u:books 4:0.29 5:-0.13 11:0.15
u:booth 1:-0.14 3:0.16
u:boots 5:0.13 12:0.13
u:borrow 4:0.14 11:0.1
u:boss 2:0.12 9:0.11
u:bot 6:0.11 13:-0.15
u:both 0:-0.15
u:bought 5:0.46 12:0.18
u:box 4:-0.12 6:0.1 12:-0.12 13:0.13
u:boxes 12:-0.13
u:boy 8:-0.24
u:branch 2:0.11 5:-0.24 7:0.27 9:-0.2
u:brand 0:0.13 5:0.12 7:0.1
u:breakfast 5:0.27 8:0.2
u:brill 0:0.13 7:0.13
u:brilliant 0:0.14 5:0.14 6:0.19
u:bring 6:0.15
u:broadband 0:0.11 1:-0.1 5:0.33 9:-0.15 12:0.11
u:broken 0:0.16 7:-0.12 12:-0.16
u:brought 5:-0.15 8:0.12 10:0.18
u:brown 7:-0.1
u:brows 1:0.11 5:0.19 8:-0.14
u:budget 4:-0.11 11:0.28
u:builder 6:0.1
u:builders 11:0.16
u:building 2:0.14 5:-0.13
u:bulb 2:0.14
u:burgers 10:-0.14
u:burnt 5:0.15
u:bus 1:0.17 5:-0.18
u:busy 1:0.28 5:-0.13
u:but 0:0.2 1:0.34 2:0.16 3:0.1 4:0.18 5:0.23 6:0.15 7:-0.15 8:0.42 10:-0.17 11:-0.36 12:0.16
u:button 5:0.11
u:buy 11:-0.16
u:by 0:0.46 1:0.11 3:0.29 4:0.13 5:-0.16 7:0.27 8:0.11 9:0.22 13:0.23
u:cable 1:-0.11
u:caf 5:0.19 10:-0.12
u:cafe 5:-0.21
u:cake 5:0.23 6:-0.11 12:0.14
u:call 2:-0.22 5:-0.21 6:0.23 7:0.12 13:-0.28
u:called 5:0.18
u:calls 0:0.17
u:calm 1:-0.2
u:came 0:0.29 2:-0.15 3:0.2 6:0.14 9:0.23 13:0.1
u:can 0:-0.11 1:-0.12 2:0.11 9:0.16 11:0.14 13:0.26
u:canada 1:0.13
u:cancelled 6:0.17
u:cant 0:0.17 4:0.22 5:0.1 6:-0.14 8:0.11 11:0.37
u:canteen 5:-0.15
u:car 0:0.14 1:0.16 2:-0.11 3:0.14 4:-0.15 5:-0.28 7:-0.13 10:-0.17 13:-0.21
u:card 0:0.13 1:0.2 2:-0.13 8:0.17
u:care 7:-0.11 12:0.11
u:careful 3:0.12 5:0.13
u:carried 1:0.13 5:-0.1
u:carrier 11:-0.27
u:cashier 5:-0.17 8:-0.33 9:-0.12
u:cast 5:0.16
u:cat 12:0.14
u:centre 0:0.14 3:0.15 7:-0.15 12:-0.11 13:-0.16
u:centres 5:0.18
u:chair 1:0.13 8:-0.17
u:chairs 0:-0.1
u:change 1:0.2 5:-0.15 8:0.2 10:0.12
u:changed 6:0.12 13:-0.17
u:changing 3:0.2 6:-0.15 11:0.1
u:chaos 3:-0.12
u:chap 0:0.12 2:0.15
u:charge 0:-0.14 1:0.13 4:0.37 6:0.27 11:-0.22 13:-0.14
u:charged 0:-0.11 3:0.14 4:0.39 5:0.26 6:-0.21 11:-0.17
u:charger 5:-0.11
u:charges 4:0.13
u:charging 4:0.12
u:charming 1:0.1
u:chat 8:-0.16 9:0.1 13:-0.22
u:chatted 8:0.15
u:cheap 2:-0.11 4:0.41 11:0.38
u:cheaper 0:0.13 1:0.11 2:0.13 4:0.13 7:0.12 9:0.14
u:cheapest 0:-0.1 11:0.21
u:check 0:0.34 6:0.1 7:0.12 9:0.22 12:-0.17 13:0.11
u:checked 2:0.12 3:0.11
u:checking 0:-0.12 1:0.18
u:checkout 0:0.33 2:-0.11 6:0.2 7:-0.19 11:-0.1 13:-0.1
u:checkouts 0:0.12
u:cheerful 0:0.11 4:0.13
u:cheese 5:-0.13
u:chef 4:0.12 5:0.21 10:-0.15 11:-0.13 12:0.15
u:children 0:-0.1
u:childrens 3:0.13
u:chipped 8:0.12
u:chips 2:-0.11 5:0.49 11:0.13 12:-0.27
u:christmas 1:-0.29 6:-0.16
u:circles 6:-0.13
u:city 5:0.13
u:claim 6:0.13
u:class 0:-0.16 2:0.11 9:0.15
u:clean 0:-0.11 1:0.12 2:-0.25 3:0.68 5:-0.12 6:-0.15 8:-0.18 10:0.46 12:-0.19
u:cleaned 5:0.12 10:-0.12 11:-0.11
u:cleaner 5:0.33 7:-0.14 10:0.19
u:cleanest 10:-0.11
u:cleaning 10:0.1
u:cleanliness 6:-0.15
u:cleans 10:-0.18
u:clear 6:0.12
u:cleared 2:0.12
u:clearly 2:0.2 6:0.16 12:-0.14 13:0.16
u:clerk 2:0.11 4:0.1 5:-0.12
u:clients 11:-0.18
u:clinic 0:0.15 2:0.13
u:closing 5:-0.16
u:cloud 5:0.13 12:0.13
u:clueless 2:0.17 9:-0.14
u:clutch 3:0.13 5:0.13
u:coach 2:0.13 9:-0.11
u:coat 5:0.16
u:cocktails 5:-0.12 11:0.15
u:code 5:-0.1 13:-0.15
u:coffee 5:0.14 6:-0.13 10:-0.11 12:-0.2
u:cold 1:0.13 2:-0.11 5:0.49 7:-0.23 11:-0.12
u:colleagues 2:0.13
u:collected 4:0.12
u:collection 1:-0.15 3:0.25 7:-0.11 12:0.18 13:-0.13
u:colour 9:0.11
u:come 0:0.11 3:-0.11 5:0.11 6:0.12 7:0.19 11:0.14 12:0.15
u:coming 5:0.23
u:communication 13:-0.14
u:company 5:0.16 6:0.13 12:-0.2
u:compared 7:0.21 11:0.1
u:complain 1:-0.1 3:0.13 6:-0.12 7:0.12
u:complained 11:0.12
u:complaints 2:-0.13 4:-0.18 5:0.11 6:0.27 7:-0.12 10:0.13 13:0.1
u:complimentary 3:0.18 4:-0.22
u:compliments 1:0.14
u:computers 5:0.13 12:-0.11
u:concierge 1:0.11
u:confirmation 6:0.12
u:confusing 13:-0.24
u:consensus 12:-0.16
u:considered 1:-0.11
u:consistent 2:0.11
u:constantly 4:0.1 5:0.21 12:-0.23
u:consulting 3:0.12
u:contract 5:-0.11 10:0.16
u:contractors 5:0.1
u:conversation 8:-0.11
u:cook 5:0.11 9:0.12
u:cooked 5:0.13 12:0.1
u:corner 2:-0.12 3:0.13
u:cost 1:-0.16 4:0.27 11:-0.14
u:costs 4:0.16
u:could 2:0.62 3:0.12 4:-0.12 5:-0.24 8:0.11 12:0.11 13:0.24
u:couldnt 1:0.21 5:-0.23 6:-0.15 9:-0.14 10:0.12 11:0.1
u:council 0:0.22 4:-0.15
u:councils 6:0.11 13:-0.14
u:counter 1:0.23 6:-0.25 10:0.19
u:counting 6:-0.11
u:courier 0:0.28 2:-0.11 6:0.16 7:0.27
u:course 2:0.13 5:0.12 9:0.12
u:courses 5:0.14 11:0.14 12:0.12
u:cracking 12:0.1
u:crashes 0:-0.11
u:credit 5:0.24 6:0.13 13:0.14
u:crept 4:0.1 11:-0.11
u:crew 0:0.17 3:0.13 7:0.14 10:0.15
u:crisps 5:-0.11
u:crown 5:0.11
u:crumbs 3:0.1 5:-0.12
u:curry 5:0.2 7:-0.13
u:curt 1:0.11 8:-0.13
u:customer 2:-0.17 5:0.16 7:-0.11 11:-0.1 12:-0.12
u:customers 0:-0.17 2:-0.1 3:-0.11 5:-0.25 6:0.28 8:-0.14 12:-0.3 13:0.2
u:customs 1:0.13
u:cut 2:0.13 5:-0.13 7:0.1 11:0.2 12:0.1
u:cutlery 1:0.14
u:dad 8:0.11
u:daft 5:0.12
u:damage 4:-0.11 6:0.14 8:0.11
u:damaged 0:0.11
u:damp 1:-0.1
u:dark 0:0.12
u:das 5:0.13
u:dates 6:0.15
u:day 0:0.14 2:-0.36 4:-0.12 5:0.27 6:0.16 7:-0.11 12:-0.23 13:-0.13
u:daylight 0:-0.13
u:days 0:0.36 2:-0.34 5:0.17 6:0.13 12:-0.12
u:de 4:-0.12
u:dealer 5:-0.17 9:0.15 11:0.16
u:dealerships 3:0.14
u:dealt 0:0.13 7:0.12 10:0.12
u:dear 4:0.13 11:-0.14
u:debit 4:0.14
u:decent 11:0.18
u:deep 10:-0.13
u:defo 0:0.1
u:delay 6:0.14 7:0.21 13:0.16
u:delivery 0:0.27 6:0.14 7:-0.14 12:-0.14
u:dental 0:0.18
u:dentist 4:-0.13 13:0.1
u:depending 2:0.13
u:depends 2:0.11
u:deposit 0:0.11 2:-0.12 4:-0.1 6:0.19
u:depot 5:0.1 7:-0.13
u:described 1:0.28 2:0.2 9:-0.12 10:0.15 12:0.18
u:desk 1:0.43 3:0.14 6:-0.34 9:-0.19
u:diagnostic 5:-0.18
u:diagram 2:0.11
u:did 0:0.11 3:-0.12 6:0.1 12:0.11
u:didnt 0:-0.17 1:0.22 2:0.31 7:0.29 8:0.17 11:0.21
u:died 1:0.16
u:diet 2:0.11
u:different 1:-0.17 2:0.15 6:0.11 9:-0.29 12:-0.12
u:direct 4:0.14
u:dirty 5:0.1 10:-0.17
u:discussed 5:0.19
u:discusting 3:0.15
u:dish 5:0.13
u:do 2:0.18 3:0.1 6:0.11 9:0.11
u:doc 1:0.13
u:doctor 6:0.23 13:-0.19
u:doctors 9:0.11
u:doesnt 9:-0.11 13:-0.17
u:dog 1:0.19 3:0.17 8:0.15
u:doing 0:0.1 5:0.1 6:0.1 9:0.17 13:0.11
u:dominated 0:0.13
u:done 10:0.12 12:0.24
u:dont 4:0.13 5:-0.26 12:0.1
u:door 0:0.22 1:-0.16 2:-0.14 6:0.12 7:0.22
u:doors 7:-0.15
u:dose 9:-0.12
u:double 5:0.28 9:0.1
u:doubled 6:0.11
u:down 0:0.19 2:-0.11 3:0.22 5:0.12 7:0.17 10:0.21 12:-0.17 13:0.18
u:downright 7:-0.11
u:dr 2:0.19 9:0.15
u:dragon 8:-0.21
u:drains 2:-0.1
u:drew 2:0.11
u:drink 0:0.11
u:drinks 5:0.14 12:0.14
u:drips 5:0.11
u:driver 1:0.38 5:0.21 7:0.11 8:-0.11
u:drivers 3:0.12 6:0.12 7:-0.12 13:0.11
u:driving 0:0.1 3:-0.11 6:-0.11 7:0.11
u:dropped 0:0.13 7:0.13 10:0.19 13:0.13
u:dropping 5:0.15
u:drops 1:-0.11 5:0.14 12:-0.11
u:drove 5:0.19 12:0.11
u:dry 3:-0.18 5:0.31
u:due 12:0.11
u:dug 5:0.12 12:0.12
u:dust 3:0.24
u:e 0:0.17 7:-0.2
u:each 1:0.17 2:-0.12 4:0.11 6:0.34
u:earth 11:-0.16
u:easy 5:0.11
u:eaten 3:0.12
u:economy 5:0.15 11:0.12
u:eggs 8:0.14
u:eight 0:0.23 2:0.18 4:0.13
u:elderly 1:0.23
u:electrician 5:-0.17
u:else 8:-0.14 11:0.32
u:elses 2:0.22 3:0.25 10:-0.12
u:email 1:-0.11 5:-0.15 6:0.18
u:emailed 6:0.31 13:0.26
u:emails 0:-0.17 6:0.35 8:0.11 13:-0.33
u:emergency 7:-0.21
u:end 2:0.11 9:-0.1 11:0.11 12:-0.1
u:ended 9:-0.12
u:ends 12:0.25
u:energy 0:0.11 5:-0.14 6:0.11
u:engine 2:0.12
u:engineer 1:-0.18 3:0.14
u:engineers 3:-0.12 5:0.12
u:english 0:-0.12 13:0.11
u:enough 1:0.13 2:0.1 9:-0.14
u:entire 6:0.1
u:entry 5:0.17
u:equipment 12:0.11
u:esim 2:0.11
u:especially 0:-0.13 6:0.1
u:estate 6:0.15
u:estimated 4:-0.11
u:even 1:0.1 3:0.12 5:-0.32 7:0.25 8:0.13 10:0.11 11:0.14
u:evening 0:0.1 5:0.13
u:eventually 0:-0.18 5:0.12
u:ever 0:0.13 7:-0.14 10:-0.17 13:-0.15
u:every 3:0.13 6:0.29 8:0.15 9:0.16 13:0.36
u:everyone 5:-0.13 8:0.12 10:0.18
u:everything 3:0.21 5:0.23 6:0.22 10:0.21 12:0.28 13:0.2
u:everywhere 3:0.29 10:-0.19
u:evrything 6:0.16
u:exactly 5:0.13 7:0.21 9:0.4 11:0.14 12:0.26 13:0.32
u:excellent 2:0.13 9:0.16
u:expected 7:-0.11
u:expensive 4:0.12
u:experience 1:-0.1
u:expert 2:0.12 9:-0.25
u:explain 1:-0.24 6:0.35 12:0.11 13:0.1
u:explained 1:0.22 4:-0.15 6:0.32 13:0.63
u:explaned 6:0.17 13:0.11
u:express 0:0.37 5:-0.1 7:-0.19
u:extra 2:-0.15 4:0.2 5:0.13
u:eye 0:-0.1 4:0.11 11:-0.11
u:eyes 6:-0.11
u:fab 1:0.17 8:0.21
u:face 1:-0.13 5:0.11
u:fade 11:0.17 12:0.29
u:failed 13:0.17
u:fair 0:0.12 1:0.13 4:0.27 8:0.13 11:0.33 12:-0.11
u:families 10:0.16
u:family 11:0.13
u:fantastic 7:-0.19 12:-0.13
u:fare 1:-0.12 2:0.21 9:0.14
u:fares 1:0.12 8:0.1
u:fast 0:0.15 7:0.26 11:-0.17 12:-0.15
u:fault 2:0.11 7:0.15
u:faulty 9:0.14
u:fee 4:0.5 5:-0.23 6:0.19 11:-0.24
u:feed 1:0.1 2:0.14
u:feel 0:-0.2 1:0.18 2:-0.12 11:0.11
u:fees 4:0.32
u:fell 5:0.19 12:-0.19
u:felt 0:-0.12 1:0.14 4:0.18 7:-0.16
u:few 12:-0.14
u:fifteen 5:-0.11
u:fifty 7:-0.11
u:filled 1:0.11
u:film 5:0.15 12:0.14
u:filthy 0:-0.16 3:0.21 6:-0.13 10:-0.26
u:final 4:0.12 5:-0.13 6:0.12 13:-0.16
u:finally 0:0.12 3:0.15 5:0.12 7:-0.1 9:0.18 10:0.35 13:0.2
u:find 1:-0.15 13:-0.14
u:finding 6:0.18
u:fine 0:-0.16 1:-0.21 5:-0.18 6:-0.26 7:-0.12
u:finished 2:0.15 6:-0.18 8:-0.16
u:fire 0:-0.14
u:firm 4:0.15
u:first 1:-0.17 2:0.25 3:-0.19 6:-0.11 7:0.17 8:0.12 9:0.3 12:0.18 13:0.11
u:fish 5:0.22 6:-0.1 9:0.12 12:0.17
u:fit 7:-0.21
u:fitted 5:0.21 11:-0.15 12:-0.11
u:fitter 3:0.11
u:five 0:0.29 5:0.28 6:0.17 7:-0.26 8:-0.13 12:0.19 13:-0.12
u:fiver 11:0.25
u:fix 0:0.16 3:-0.13 7:0.25 12:0.11
u:fixed 0:0.21 7:0.16
u:flat 3:-0.15 5:0.12 6:-0.12 8:-0.11 12:-0.27
u:flights 4:0.13
u:floor 3:0.35 4:-0.16 5:-0.11 10:-0.35 11:0.16 12:0.16
u:floors 3:0.13
u:fly 11:-0.28
u:following 0:0.25 7:-0.15
u:food 0:0.14 2:-0.14 5:0.58 6:-0.12 10:-0.17 11:-0.14 12:0.23 13:0.1
u:for 1:-0.16 4:0.18 7:-0.47 10:0.15 12:-0.22
u:forgive 8:0.14
u:form 0:-0.13 2:0.18
u:fortnight 0:0.11 5:0.14 7:0.13 12:-0.39
u:forty 0:0.15 2:0.17 7:-0.17 9:0.16 13:-0.18
u:found 1:0.13 2:0.2 3:0.29 4:0.18 9:0.21 13:-0.11
u:four 0:0.27 1:0.24 5:0.21 6:0.14 7:-0.26 8:-0.11 9:0.1 11:-0.13 13:-0.17
u:fourteen 0:0.19 6:0.22
u:fourth 6:0.1
u:foyer 10:0.19
u:fr 5:0.13 12:0.14
u:free 4:-0.18 7:0.11 11:0.18
u:freehold 2:0.1
u:fresh 1:-0.11 3:0.15 10:0.25
u:freundlich 0:0.13
u:friday 0:0.33 5:0.21
u:fridge 5:-0.18 12:0.1
u:friendly 0:0.16 1:0.51 2:0.17 3:0.22 8:0.3 11:0.12
u:from 3:0.11 5:-0.13 7:0.2 11:-0.2
u:front 2:0.12 3:0.2 5:0.27 10:-0.14
u:frozen 5:0.17 12:-0.13
u:frustration 0:0.13 1:0.14
u:full 0:-0.16 4:0.13 5:0.28 6:0.13
u:fully 1:0.12
u:fuming 7:-0.12
u:furious 7:-0.11
u:fussy 3:0.12
u:garage 1:-0.18 2:0.1 6:0.19 9:0.1 13:0.11
u:garages 5:-0.14
u:garden 1:-0.12 3:0.16
u:gas 6:0.12
u:gate 8:-0.11
u:gave 0:0.18 2:0.2 7:0.15 9:-0.24 13:0.26
u:gem 1:0.17 8:0.18
u:get 0:0.15 1:-0.14 6:-0.2 7:-0.23 10:0.1 13:-0.14
u:getting 0:0.18
u:give 0:0.15 2:-0.13 3:-0.1 5:0.24
u:given 5:0.15
u:gives 2:0.1
u:giving 2:0.19 5:-0.13 9:-0.1
u:glad 1:-0.1 12:0.13
u:glass 0:-0.1 3:0.13 5:-0.14
u:glasses 2:-0.1 4:-0.16
u:glaucoma 2:0.16 9:0.11
u:gleaming 10:0.1
u:go 1:-0.15 2:0.3 8:0.12 9:0.15
u:goes 7:-0.13
u:going 2:-0.12 3:0.23
u:gone 0:0.11 4:0.19 6:-0.17 10:0.25 11:-0.12 12:0.16
u:good 1:0.13 2:-0.11 5:0.34 6:-0.24 8:0.12 9:0.12 12:0.3
u:googled 2:0.11 9:-0.12
u:gorgeous 5:0.17 12:0.18
u:got 1:0.27 2:0.16 3:-0.19 5:-0.12 9:-0.11 12:-0.21 13:0.12
u:gp 0:0.12 2:0.25 4:-0.1 5:-0.2 13:0.11
u:gps 2:0.13
u:gr 5:0.18 12:0.1
u:grabbed 5:0.13 12:0.12
u:grandmothers 5:0.11 6:0.1
u:greasy 3:0.16 5:-0.16
u:great 0:-0.11 1:0.14 2:-0.13 5:0.31 6:-0.13 8:0.11 10:-0.11 12:0.25
u:grey 12:-0.11
u:grim 3:0.21 5:-0.11 10:-0.2
u:gripe 3:0.15 4:0.11
u:groomer 1:0.13
u:group 4:0.2 5:-0.18 10:0.2
u:grubby 3:0.11 5:-0.14 10:-0.17
u:grumpy 1:0.11 8:-0.12
u:guard 2:0.13 5:-0.12
u:guests 1:-0.13 3:0.14 10:-0.32 13:-0.23
u:guide 5:0.13
u:gums 0:-0.16 5:0.16 12:-0.14
u:guy 0:-0.11 2:0.36 6:-0.21
u:guys 3:-0.14 5:0.11
u:gym 5:0.14 6:-0.13 10:0.15
u:gyms 2:0.12 5:-0.1 9:-0.1
u:ha 0:0.14
u:had 1:0.13 2:0.11 3:0.13 5:-0.14 7:0.26 9:-0.23 11:-0.13 12:0.18 13:-0.18
u:hadnt 2:0.18 13:-0.27
u:hair 3:0.24 10:-0.18 11:0.11
u:haircut 5:0.18
u:hairdresser 0:-0.13
u:hake 5:0.11 9:0.12
u:half 7:0.16 12:-0.41
u:halved 13:0.11
u:hand 3:0.17 5:-0.23
u:handed 12:0.1
u:handheld 6:0.13
u:handover 6:0.11
u:hands 5:0.12
u:handset 2:0.21 9:0.13
u:handwritten 1:0.2
u:handy 13:0.13
u:hangers 4:-0.11
u:happen 13:0.1
u:happening 6:0.11
u:happy 4:0.1 11:0.3
u:hardly 5:0.13 12:0.15
u:has 0:-0.13 4:0.12 5:0.23 6:0.12 7:0.17 11:-0.15 12:0.17 13:-0.14
u:hasnt 1:-0.11 2:0.17 6:-0.16 12:0.12
u:have 3:0.18 4:-0.1 6:0.11 8:-0.15 11:-0.16 12:-0.14
u:having 4:0.12 8:-0.14
u:he 0:0.11 1:0.19 2:0.15 3:0.15 5:0.23 6:-0.14 10:0.14 11:-0.18 12:0.11 13:0.16
u:head 1:-0.18 2:0.12 5:-0.13 6:-0.14 13:-0.14
u:headache 5:0.13
u:headaches 2:0.15 9:-0.12
u:headphones 12:0.13
u:headsets 2:-0.11 6:0.22
u:hear 6:0.12
u:heard 6:0.17 13:-0.11
u:hed 1:0.12 7:0.15 8:0.13
u:held 0:0.11 2:-0.12
u:help 1:0.15 4:-0.14
u:helped 5:-0.1
u:helpful 0:-0.13 1:0.32 5:-0.1 8:0.17
u:helpline 5:0.12
u:her 1:0.37 6:-0.22 8:-0.14 9:0.28
u:here 3:-0.13 6:-0.22 7:0.18 11:0.13
u:herself 6:-0.11
u:hes 0:-0.15 1:0.11 2:0.18 5:0.14 8:0.12 9:0.12 11:0.13 13:0.1
u:high 4:0.11
u:himself 3:0.13 5:0.1 12:0.11
u:his 0:-0.15 1:0.33 2:0.17 5:-0.17 8:-0.27 9:0.21 10:-0.1 11:-0.13 13:0.12
u:hold 0:0.61 1:-0.19 6:-0.16 7:-0.22
u:holder 3:0.15
u:holiday 0:0.15
u:home 0:-0.14 1:-0.13 4:-0.14 5:0.12 6:0.16
u:honest 9:0.22 13:0.12
u:honestly 0:-0.2 3:-0.11 4:0.25 11:0.11
u:hoovered 10:0.1
u:hoovering 3:0.14
u:hospital 0:-0.12 1:-0.11 4:0.11 11:-0.19
u:hot 7:0.17 12:0.19
u:hotel 3:0.11
u:hour 0:0.6 2:-0.14 3:0.17 5:-0.16 9:0.13 10:0.16 13:0.14
u:hours 0:0.16 1:-0.12 5:-0.16 6:0.24 7:-0.29 13:-0.12
u:house 1:0.17 5:-0.13 9:0.1 10:0.19
u:housekeeping 3:0.15
u:how 2:-0.18 4:-0.23 7:-0.11 10:0.15 12:-0.11
u:however 0:0.11 1:0.14 3:0.15 5:0.28
u:hrs 0:0.37 7:-0.3
u:hunting 2:0.11
u:husband 1:0.21 8:-0.14
u:hygiene 3:0.13 10:-0.23
u:i 1:-0.2 4:-0.1 5:-0.21 6:-0.13 8:-0.15 9:-0.12 13:-0.14
u:id 0:0.16 1:0.1 5:-0.13 8:-0.15 9:0.17 11:0.16
u:idea 13:-0.11
u:if 0:-0.31 1:0.22 2:0.25 3:-0.17 6:-0.23 10:-0.19 11:-0.11
u:ignored 6:0.11 12:0.12
u:ill 0:0.19 1:0.16 4:0.16 5:-0.14 6:-0.14 8:0.17 11:-0.13
u:im 1:-0.14 3:0.12 4:0.16 7:-0.16 10:-0.1 12:-0.14
u:immaculate 3:0.27 4:0.14 5:0.11 10:0.45 11:0.14 12:0.22
u:impatient 5:0.11
u:impressed 6:0.12 7:0.13
u:in 0:0.12 1:-0.24 3:0.14 7:0.17 8:0.14
u:included 6:0.14
u:includes 4:0.1
u:info 1:0.14
u:information 2:0.16 6:-0.17 9:-0.1
u:informed 5:-0.12 13:-0.12
u:inside 6:-0.11 9:0.1
u:inspection 0:-0.12
u:installation 5:0.12
u:instead 7:0.18 9:0.17
u:instructions 6:0.11
u:instructor 6:-0.12
u:instructors 2:0.11 3:0.11 5:0.13
u:insurance 1:0.13 5:0.16 6:-0.11 8:-0.11 9:-0.13
u:into 5:-0.2 11:0.11
u:invoice 4:0.14
u:is 0:0.17 1:0.12 2:-0.32 4:0.2 5:0.21 8:-0.11 10:0.18 11:-0.28 12:0.32 13:-0.15
u:isa 2:0.25 6:-0.13 9:-0.19
u:isas 2:0.13
u:isnt 5:0.16 11:-0.2
u:it 1:-0.16 2:0.2 3:0.19 6:-0.12 8:0.26 9:-0.11 10:0.11 11:-0.27 12:-0.36
u:itd 0:0.11
u:its 2:-0.14 4:0.1 7:-0.21 8:-0.15 11:0.18
u:itself 0:0.2 3:0.21 4:0.1 5:0.3 12:0.3
u:ive 0:-0.11 2:-0.17 4:-0.11 7:-0.12 10:-0.19
u:jacket 5:0.13
u:jam 5:0.16
u:jargon 2:-0.1 6:0.12
u:job 1:-0.12 2:-0.22 3:-0.1 5:0.25 6:0.12 11:-0.14
u:jumpers 1:-0.25
u:june 13:-0.13
u:just 0:-0.13 3:-0.18 4:-0.15 9:-0.14 12:-0.34
u:keep 8:0.24 11:-0.13 12:-0.24
u:keeping 13:-0.11
u:kept 1:0.11 2:-0.19 5:0.26 6:0.35
u:kettle 5:0.1 13:0.15
u:kettles 5:0.14
u:kids 1:-0.1 4:0.26
u:kind 0:0.11 1:0.25 5:-0.12 8:0.15
u:kitchen 5:0.1 12:0.13
u:knew 1:-0.15 2:0.68 3:-0.11 4:-0.11 6:-0.21 9:0.45 12:0.26
u:knocked 0:0.12 11:0.18
u:know 2:0.16 3:0.11 4:0.17 5:-0.1 9:0.22
u:knowledgable 0:0.11 1:-0.11 2:0.12 6:0.12 7:0.1 9:0.11
u:knowledgeable 1:0.12 2:0.2
u:knows 2:0.25 3:-0.11 4:0.11 9:0.26
u:la 0:0.14 1:0.11 5:0.1
u:label 12:-0.11
u:lad 0:-0.15 1:0.17 2:0.28 5:0.1 9:-0.16 12:-0.12
u:lads 1:0.11 8:0.16
u:lady 1:0.3 5:-0.27 13:0.13
u:lamb 5:0.16
u:language 6:0.12
u:lasagne 5:0.12
u:last 0:-0.16 5:-0.27 6:-0.12 7:0.1 10:-0.14 12:-0.14
u:lasted 5:0.18
u:lasts 12:0.16
u:late 1:-0.11 2:-0.14 6:0.45 7:-0.34 13:-0.2
u:later 5:0.15
u:laugh 6:-0.12
u:leak 0:0.17
u:leaking 3:0.11
u:leaves 10:-0.16
u:leaving 1:-0.19 3:0.23 10:-0.18
u:lecture 1:0.14
u:left 1:-0.13 2:-0.11 3:0.26
u:legend 1:0.13 11:0.14
u:legroom 5:0.15
u:lenses 5:-0.17
u:less 0:-0.11 4:0.21
u:lessons 5:0.1
u:let 1:0.11 6:0.11
u:letter 2:-0.13 6:0.2 13:-0.3
u:letters 0:-0.11 2:-0.16 5:-0.13 6:0.46 8:0.1 13:-0.27
u:letting 13:-0.22
u:librarian 2:0.1 9:0.12
u:library 3:0.15 7:0.11 10:0.12 12:-0.11
u:life 5:0.13
u:like 0:-0.17 1:0.29 2:-0.18 5:0.45 6:-0.15 7:0.19 8:-0.36 11:0.22
u:liked 6:0.12 13:0.11
u:limits 2:0.1 6:-0.1
u:line 1:-0.15 5:0.1 6:0.2 12:0.12
u:listened 6:0.25 11:0.13 13:0.18
u:listens 6:0.12
u:lit 5:-0.13
u:little 1:0.13 4:0.3 5:0.13 8:0.1 11:0.19
u:loads 5:0.24
u:local 5:0.14 12:0.16
u:lockers 5:0.19 12:-0.13
u:locum 2:0.27
u:lol 0:0.24 1:0.1 5:-0.11 7:-0.18
u:long 0:0.28 7:-0.11 8:0.1 9:0.16 12:0.14 13:-0.12
u:longer 0:0.11
u:look 0:-0.32 2:-0.28 5:-0.1 12:0.2
u:looked 1:0.17 2:-0.14 9:0.11
u:looking 3:0.18 5:0.2 10:-0.18
u:looks 5:0.2 7:0.11
u:loop 0:0.13
u:loos 3:0.25 5:-0.12
u:lost 0:-0.13 5:0.25 6:0.12 12:-0.15
u:lot 0:0.16 1:0.2 5:-0.14 7:0.1 8:0.16 9:0.2 11:0.11 13:-0.17
u:loudly 5:0.11
u:love 0:0.39 1:-0.17 2:-0.15 3:-0.12 4:-0.15 5:-0.11 6:0.2 7:-0.19
u:loved 1:-0.12 3:-0.19
u:lovely 1:0.62 3:0.29 4:0.16 8:0.48 9:-0.12 10:0.11
u:loving 11:-0.24
u:lower 7:0.1
u:lowest 0:0.12
u:lunch 0:0.29 5:-0.18
u:lunchtime 2:0.13 5:0.22 12:0.12
u:lush 12:0.1
u:machine 1:-0.1 5:0.2 12:-0.13
u:machines 12:-0.12
u:magnifique 4:0.14 5:0.11 11:-0.13 12:0.11
u:main 0:0.13 5:0.13 11:0.21 12:0.15
u:maintenance 2:-0.11
u:mais 4:0.14 5:0.1 11:-0.13 12:0.11
u:makes 0:-0.15
u:malaga 5:0.16
u:man 5:0.21
u:management 1:-0.11 6:-0.2
u:manager 0:-0.19 1:0.21 2:-0.24 5:-0.3 6:0.19 13:0.16
u:manchester 11:-0.26
u:map 6:0.12
u:march 5:0.16
u:massive 5:0.12
u:mattress 1:-0.11
u:me 0:-0.23 1:0.32 2:0.23 3:-0.24 4:-0.13 5:-0.15 6:0.23 7:0.18 8:-0.13 9:-0.15 12:-0.19 13:0.52
u:meal 0:-0.1 12:0.15
u:means 5:-0.13
u:meat 1:0.11
u:mechanic 1:0.12 2:0.12 5:-0.14 6:0.11
u:media 6:0.11
u:members 0:-0.1 2:0.16 8:0.15
u:membership 6:0.11
u:men 5:0.43
u:mention 1:-0.1
u:mentioned 5:0.14
u:menu 0:-0.11 5:0.12
u:menus 13:-0.2
u:merci 0:0.14 7:0.14
u:mess 0:-0.13
u:middle 5:0.23 12:-0.11
u:might 1:-0.14 6:0.12
u:min 0:0.16
u:mind 0:0.15 4:0.14 8:0.17 11:-0.11
u:mine 4:0.12 11:0.1
u:minging 3:0.1 10:-0.13
u:mins 0:0.68 1:0.11 3:-0.11 5:-0.13
u:mint 11:0.14
u:minute 4:0.11
u:minutes 0:0.59 1:0.12 2:0.17 7:0.16 8:-0.13
u:miracle 5:-0.11
u:miserable 8:-0.12
u:missed 0:-0.2 1:0.11 2:0.38 3:-0.18 5:0.12 7:-0.14 9:0.21 12:-0.18
u:missing 1:-0.13
u:mixed 12:0.1
u:mo 1:0.13 5:0.1
u:moan 5:0.19
u:model 5:0.13
u:moderator 1:-0.17 5:-0.25 9:-0.1 10:0.11 12:0.13
u:monday 0:0.28 12:0.14
u:money 0:0.14 5:0.12 11:0.15
u:month 1:-0.11 5:0.11 12:-0.12 13:-0.14
u:months 4:-0.15 5:0.39 6:0.29 12:0.16
u:morale 1:-0.13
u:more 1:0.1 5:0.11 9:0.27 13:-0.14
u:morning 1:0.14 3:0.16 5:-0.18 7:0.28 9:-0.14
u:most 0:0.19 4:0.19 5:0.11 6:-0.12 12:-0.11
u:mot 4:0.15 5:-0.13 11:0.16
u:mother 1:0.12
u:mouldy 3:0.11
u:mouth 8:-0.24
u:moved 5:-0.11
u:much 1:-0.11 4:-0.11 5:-0.14 6:0.23
u:mum 1:0.11
u:music 0:0.24 7:-0.16
u:must 2:0.11
u:musty 3:0.23 10:0.23
u:muy 1:0.14
u:my 0:-0.16 1:0.12 2:0.26 3:-0.32 5:-0.17 6:0.14 7:0.13 8:0.22 9:0.29 13:-0.16
u:myself 4:0.13 9:-0.13 11:-0.1
u:mystery 10:-0.12
u:n 0:0.16 2:0.16 5:0.22 12:-0.13
u:nails 12:0.35
u:name 0:0.17 1:0.12 5:-0.2 13:0.18
u:near 7:0.1
u:nearly 9:0.13 12:-0.18
u:neat 5:0.12
u:need 5:0.12 10:-0.1
u:needed 0:-0.19 1:0.24 2:0.19 3:-0.11
u:needs 5:0.11 9:0.13 10:-0.1
u:never 0:-0.12 2:-0.12 3:-0.15 4:-0.16 6:0.16 7:0.12 8:0.19 10:0.13 12:0.21 13:-0.27
u:new 0:0.18 1:-0.31 2:0.15 5:0.49 6:-0.16 7:0.21 9:-0.12 10:0.16 12:0.12 13:0.27
u:next 0:0.4 1:-0.1 3:0.12 4:-0.21 7:0.24 9:0.14 11:0.1 13:0.1
u:nhs 0:0.18
u:nice 0:-0.18 1:0.16 4:-0.1 5:-0.22 8:0.17 13:-0.13
u:night 1:0.25 7:0.22 12:0.11
u:nightmare 4:-0.12
u:nights 5:0.13 11:-0.11 12:-0.19
u:nine 1:-0.1 2:0.14 7:-0.16
u:no 0:0.25 1:-0.32 5:-0.18 6:0.18 9:-0.19 11:0.15 12:0.25 13:-0.13
u:nobody 4:-0.16 5:0.16 6:0.5 7:-0.15 13:-0.7
u:nobodys 6:-0.13
u:normal 7:0.12
u:not 0:-0.11 1:0.32 5:0.14 7:0.13 8:-0.13 9:-0.18 11:-0.22 12:0.15
u:note 0:0.14 12:0.12
u:nothing 0:-0.12 3:-0.19 7:-0.2 9:-0.12 12:-0.12 13:-0.45
u:nothings 2:-0.11
u:notice 5:-0.12
u:noticeably 7:0.1
u:noticed 0:-0.12 2:0.2 5:-0.12 6:-0.21 10:0.17
u:now 0:0.2 4:0.12 6:0.17 10:0.11 11:-0.19 12:-0.11 13:0.34
u:nowhere 0:-0.1 1:0.16
u:number 0:0.22 7:-0.11
u:nurse 0:-0.1 1:0.22 2:0.12 5:-0.15 8:0.28 9:0.1 13:0.11
u:nurses 1:0.12
u:odds 11:0.12
u:of 0:-0.12 3:0.15 8:-0.15 10:-0.25 12:-0.12
u:off 1:-0.16 4:0.15 5:-0.28 6:-0.15 10:0.16 11:0.1 12:-0.24 13:-0.1
u:office 5:-0.23 6:-0.18 7:-0.12 9:-0.11
u:officer 1:-0.11
u:offices 13:-0.11
u:often 1:0.25 5:0.17 12:0.16
u:oh 1:-0.1 12:-0.12 13:-0.1
u:ok 0:0.12 3:-0.17 6:0.11 7:0.12
u:old 0:-0.21 2:0.3 5:-0.21 6:-0.29 7:0.21 11:0.14 12:0.1
u:older 1:0.28 2:-0.2 6:0.11 13:-0.2
u:on 0:0.16 3:-0.12 5:0.19 6:-0.16 7:-0.15 8:0.15 10:-0.11 11:0.2 12:0.23
u:once 0:0.18 8:0.11 10:-0.1
u:one 0:0.13 1:-0.21 2:0.12 3:0.11 5:0.34 9:0.19
u:ones 0:-0.12 8:0.13
u:online 6:0.24 7:0.18 11:-0.11 13:0.22
u:only 3:0.12 4:0.14 5:0.22 7:-0.16 9:-0.12 11:-0.16 13:-0.1
u:opened 5:-0.13
u:opening 3:-0.12 5:-0.12
u:operation 6:0.11
u:optician 2:0.32 5:0.12
u:opticians 1:-0.17 5:-0.11 13:0.13
u:option 2:0.1 5:0.13 7:0.11
u:options 6:0.18
u:or 0:0.13 9:-0.12 10:-0.11
u:order 0:0.15 1:-0.14 2:-0.12
u:ordered 0:0.28 5:0.28 6:0.1 12:-0.15 13:-0.17
u:ordering 0:-0.1 12:0.17
u:orders 6:-0.11
u:other 0:0.11 3:0.22 7:0.14 9:0.23 10:-0.14
u:others 0:-0.11 3:-0.11
u:otherwise 9:0.11
u:our 0:0.24 1:0.11 5:0.15 8:0.18 10:-0.14 11:0.13 12:0.14
u:out 2:0.12 4:0.2 7:0.13 8:-0.11 11:-0.28 12:-0.42 13:-0.15
u:outside 0:0.17 1:-0.13 7:0.1
u:over 1:0.14 3:0.13 10:-0.13 12:-0.13 13:0.1
u:overcooked 8:0.1
u:overdraft 4:0.12
u:overflowing 3:0.18 5:-0.2 10:-0.13
u:overpriced 3:-0.12 4:0.21 11:-0.22 12:-0.24
u:own 0:-0.11 5:0.2 6:-0.1 12:0.13
u:owner 4:0.13 5:0.15
u:p 0:-0.23 1:-0.12 3:-0.1 5:0.17 6:-0.14 9:-0.1 11:-0.29 12:-0.12
u:pads 6:0.16
u:page 6:0.23
u:paid 0:0.18 1:-0.13 3:-0.16 9:0.1
u:pain 2:0.13 6:-0.12
u:painless 0:0.1 7:0.17
u:paint 2:0.19 3:-0.17
u:par 5:0.11 11:-0.13 12:0.11
u:parcel 5:0.14 12:-0.11
u:parcels 1:-0.12 5:0.18
u:parents 3:0.1
u:parish 2:0.11
u:park 11:-0.13
u:parking 4:-0.24 5:-0.15 11:-0.11
u:part 13:0.16
u:participants 1:-0.13 3:-0.12 12:0.13
u:passenger 3:0.11 5:0.15
u:passengers 1:0.11
u:past 0:0.18 6:-0.17
u:pasty 3:-0.13 5:0.16 12:-0.17
u:patel 2:0.1
u:patient 1:0.12 5:-0.16 8:0.23 9:0.12 12:0.1
u:patients 0:0.18 1:-0.14 5:-0.18 6:-0.12 13:-0.1
u:pay 1:-0.13 2:-0.1 5:0.14 11:0.25
u:paying 5:0.1 11:-0.27
u:penny 4:0.12 11:0.12
u:pension 6:-0.11
u:people 0:0.17 1:0.33 2:-0.12 3:-0.14 6:0.11 7:-0.18 8:0.14 9:-0.14 10:-0.1 11:-0.14 12:0.22
u:peoples 1:-0.14 3:0.15 11:0.1
u:per 4:0.13
u:perfect 5:0.25 12:0.15
u:perfectly 5:0.27 12:0.22
u:person 5:-0.11 7:-0.17
u:pet 1:-0.16 2:0.2 9:-0.11
u:pharmacist 0:-0.16 1:0.11 2:0.51 4:-0.11 5:-0.23 9:0.34
u:pharmacy 0:0.29 5:-0.16
u:phone 0:0.19 1:0.14 2:0.14 3:-0.19 4:-0.19 5:-0.22 8:-0.17 9:-0.19 12:-0.13 13:-0.2
u:phones 2:0.14 6:-0.14
u:photo 6:0.18 13:0.12
u:photos 2:0.18 4:-0.14 5:0.32 9:0.14 12:0.25
u:physio 5:0.25 6:0.11 12:0.22
u:picked 1:-0.13 2:0.18 5:0.11
u:pies 3:-0.11
u:pile 3:0.11
u:pilot 6:0.23
u:pint 5:0.16 12:-0.27
u:pipe 5:0.12 6:0.11
u:pizza 5:0.24
u:place 1:-0.12 3:0.39 5:-0.12 6:-0.2 11:0.29
u:plain 13:0.15
u:plane 5:-0.1
u:plaster 3:0.16
u:plastic 5:0.13
u:platform 2:0.1 6:0.11
u:play 11:0.11
u:plumber 7:-0.17
u:pm 0:0.2 2:-0.11 5:0.16 6:-0.14
u:point 4:0.12 9:-0.14 11:-0.1
u:pointing 11:-0.2
u:policy 2:0.13 9:-0.11
u:polish 0:-0.14
u:polite 1:0.32 6:0.1 8:0.13
u:pool 1:0.11 6:0.19 8:-0.1 12:-0.12 13:-0.1
u:popped 0:-0.13
u:porter 3:-0.13 8:0.12
u:portions 5:0.12
u:positive 2:0.15 9:0.13
u:post 0:0.18 6:-0.1 12:0.12
u:postage 4:0.14
u:posted 0:-0.19
u:poster 13:-0.11
u:potholes 0:0.25 7:-0.14
u:pounds 4:0.21
u:ppl 11:0.14
u:practice 4:0.14
u:praised 0:0.1 3:0.13 4:0.11 12:0.14 13:0.14
u:prescribed 2:0.13
u:prescription 2:0.15 4:-0.11 5:-0.21 9:-0.19
u:previous 1:-0.1 3:0.12
u:price 0:-0.13 1:-0.26 4:0.49 7:0.16 12:0.13 13:-0.19
u:priceless 1:-0.14 5:0.1
u:prices 1:0.19 4:0.53 5:-0.13 7:-0.1
u:pricey 4:0.13 11:-0.14
u:print 0:0.1 4:0.12
u:private 2:0.2 4:0.12
u:privilege 11:-0.1
u:problem 2:0.18 6:0.12 9:0.15
u:products 1:0.18
u:promised 0:0.17 3:0.1 5:0.17 12:0.19
u:proper 5:0.17 8:-0.37 12:0.29
u:properly 1:0.15 5:0.11 12:0.12 13:0.17
u:pub 0:-0.13 8:0.18 10:0.14
u:puddle 3:-0.19 5:0.15 12:-0.12
u:pulled 1:0.12 8:-0.1
u:pushchair 5:0.14
u:put 5:0.12
u:qr 13:-0.15
u:question 5:-0.13
u:questions 1:0.12 2:0.19 6:-0.18 13:0.16
u:queue 0:0.58 2:-0.14 7:-0.36 8:0.13
u:queued 2:0.1
u:queues 0:0.14
u:queuing 0:0.14 6:-0.2 12:-0.11
u:quick 0:0.39 4:-0.2 5:-0.21 6:-0.15 7:0.35 9:0.14 10:0.13 12:0.15
u:quickly 5:0.1
u:quid 1:-0.1 2:0.15 4:0.15 9:0.11 12:-0.1
u:quiet 3:-0.1 12:0.11
u:quit 3:-0.11
u:quiz 0:-0.12
u:quote 4:0.21 6:0.2
u:quoted 4:0.15 7:0.18 11:0.18 12:0.11
u:rain 5:0.11
u:ramp 7:-0.15
u:ran 2:-0.13
u:rang 0:0.14 1:0.15 5:-0.35 6:0.21 7:0.12 13:0.28
u:rank 5:0.11 12:-0.16
u:rash 2:0.14 9:0.12
u:rate 1:-0.11 4:0.18 6:0.16 11:-0.13 13:-0.1
u:rather 5:-0.16
u:rattled 2:0.12
u:rave 5:0.19
u:rd 12:-0.12
u:read 1:0.22 2:0.19 9:-0.24
u:reading 1:-0.11
u:ready 1:-0.12 2:-0.15 6:0.21 7:0.14
u:real 8:-0.15 11:-0.27
u:really 2:0.23 3:-0.12 4:0.15 8:0.22 12:0.16 13:-0.12
u:realtor 0:-0.1
u:reasonable 4:0.19 11:0.22
u:reassuring 2:0.22 9:-0.22 13:0.12
u:receipt 6:-0.1
u:reception 1:0.2 4:0.1 8:-0.21
u:receptionist 0:-0.11 1:0.41 4:-0.11 5:-0.18 6:-0.11 8:-0.35
u:receptionists 1:0.16
u:recommended 1:-0.14 2:0.19 5:0.2
u:record 3:-0.15 7:-0.15
u:recycling 0:0.1
u:reference 6:-0.1
u:refit 13:-0.11
u:refund 0:0.13 2:0.14 7:-0.11
u:regular 2:0.1
u:regularly 13:-0.13
u:regulars 6:-0.11 8:-0.24
u:remaining 5:0.11
u:remember 5:0.12 12:0.14
u:remembers 1:0.1
u:removal 3:0.11 8:0.12
u:rent 11:-0.12
u:repair 2:-0.13 5:0.19 6:0.18
u:repairs 12:0.14
u:repay 7:0.25
u:repeat 5:-0.12
u:replaced 5:0.2 12:-0.13
u:replacement 5:0.14 6:0.13 7:0.12 13:0.15
u:replacing 9:0.11
u:reply 0:-0.1 6:0.13
u:reported 0:0.48 2:-0.1 6:0.1 13:-0.11
u:request 2:-0.12
u:reserved 6:0.1
u:residents 0:-0.15 5:0.13
u:restaurant 1:0.12 5:0.16 8:0.11 12:-0.12
u:results 0:0.12 5:-0.11
u:return 5:0.12 12:-0.1
u:returned 2:-0.11 4:0.12
u:returns 0:0.11
u:reviews 3:0.12 11:0.11 12:0.18
u:right 1:-0.12 2:0.28 4:-0.1 9:0.21
u:ring 6:0.25 11:0.1 12:-0.13 13:-0.13
u:ringing 0:0.15 6:0.17 13:-0.11
u:rings 5:0.11
u:rip 4:0.11 11:-0.14
u:rise 6:0.15 13:-0.11
u:road 0:0.14 1:-0.24 5:0.14 12:-0.16
u:roast 5:0.14 11:-0.11
u:robbery 0:-0.14 11:-0.1
u:roll 3:0.24 10:-0.11
u:rong 5:-0.1
u:roof 4:-0.1 9:0.11
u:room 0:-0.21 3:0.19 4:-0.12 5:-0.21 8:0.14 9:0.14 10:0.14 12:-0.31
u:rooms 3:0.56
u:rota 1:-0.13 2:-0.12 5:-0.11 6:-0.14
u:rough 5:0.24 12:-0.15
u:round 5:-0.12 11:0.13 13:-0.11
u:router 2:0.17 11:-0.13
u:rubbery 8:0.13
u:rubbish 1:-0.12 5:0.18 12:-0.19
u:rude 0:0.13 1:0.52 2:-0.13 4:-0.11 5:-0.26 8:-0.43
u:rules 2:0.1
u:run 2:-0.13
u:running 1:0.15 5:0.21 6:0.19
u:rushed 0:-0.24 2:-0.13 6:0.24 8:-0.11 13:-0.21
u:s 4:0.26 5:0.2
u:said 0:0.11 1:0.11 2:0.23 6:0.34 7:0.17 9:-0.15 11:0.12 12:-0.18 13:-0.27
u:sale 5:0.13
u:salesman 1:0.1 8:-0.25
u:salon 11:-0.11
u:sam 5:0.11
u:same 2:-0.11 8:0.13 10:-0.17 13:-0.14
u:sandwiches 4:0.12
u:sat 0:-0.12 1:0.11 2:-0.1 6:0.27 13:-0.2
u:saturday 0:0.21 5:-0.12 6:-0.17 7:-0.1
u:saturdays 6:0.16 7:-0.1
u:saved 0:-0.1 1:-0.14 2:0.33 9:0.25 11:0.15
u:saw 6:-0.11
u:say 1:-0.11 2:-0.37 3:0.13 6:0.22 10:0.18
u:saying 0:0.21 3:0.13 6:0.13 7:-0.16 13:-0.14
u:says 7:-0.12 12:-0.16 13:-0.13
u:scanners 6:0.12
u:scheme 6:-0.11
u:science 5:0.17
u:scone 5:0.16 12:-0.17
u:scones 5:0.1
u:scratch 3:0.11
u:scratched 8:0.11
u:screen 5:0.2 6:0.19 7:0.14
u:screens 6:0.11
u:sea 0:0.1
u:seat 3:0.32 10:-0.11 12:-0.12
u:seats 4:0.14 11:0.15 12:0.13
u:second 2:0.14 6:-0.15
u:see 0:0.11 5:-0.19 10:-0.18
u:seed 5:0.19 12:0.17
u:seemed 2:0.13 8:-0.15 9:-0.1
u:seen 0:0.13
u:sehr 0:0.16
u:self 0:0.19 5:-0.16
u:sell 0:-0.13 1:-0.1 5:0.1 6:-0.11 9:-0.1
u:sellers 4:0.11
u:send 2:0.13
u:sending 0:-0.12
u:sent 0:0.11 4:-0.12 6:0.49
u:served 5:0.15
u:service 4:0.23 7:-0.2 11:-0.18 12:0.19 13:-0.21
u:serving 0:0.1 1:0.13 7:-0.11 8:-0.2
u:sessions 5:0.11 12:0.15
u:seven 0:0.11 6:0.15 13:-0.12
u:several 3:0.12 4:0.23 8:0.12 9:0.18 11:-0.18
u:shaking 1:0.11
u:shame 0:0.13 1:0.11 11:0.11
u:she 2:0.34 7:0.11 8:0.13
u:shed 1:0.14
u:shelves 3:0.1
u:shift 0:-0.16 1:-0.2 5:0.1
u:shocking 5:-0.14
u:shoes 5:0.2
u:shop 0:-0.28 2:0.28
u:shopping 0:-0.11
u:short 0:0.14 12:0.15
u:shorter 1:0.1
u:should 2:0.13 9:-0.17
u:shout 0:-0.12
u:show 13:0.1
u:showed 0:-0.17 4:-0.11 6:0.35 13:0.15
u:shower 0:0.11
u:showers 2:0.1
u:shrugged 1:0.11 5:0.15 8:-0.14 12:-0.1
u:side 5:0.15 9:0.12
u:sighed 1:0.14 8:-0.1
u:sign 5:0.15
u:signage 6:-0.11
u:signs 12:-0.12
u:simp 5:0.12
u:since 0:0.3 1:-0.12 5:0.2 7:0.22 10:0.23 12:-0.1 13:0.1
u:single 6:0.1 9:0.11
u:singled 2:-0.1
u:sink 11:-0.12
u:sit 4:0.11
u:site 1:0.13
u:sitting 6:0.13
u:six 0:-0.15 5:0.35 7:-0.14
u:skirting 11:-0.14
u:sleep 5:0.12 12:-0.12
u:sleeping 5:0.15
u:sleeve 10:-0.13
u:slept 5:0.14
u:slots 1:0.12
u:slow 0:0.38 6:-0.11 7:-0.13 11:0.12
u:small 1:0.17 4:0.15 8:0.1 11:-0.11
u:smear 2:-0.1
u:smell 3:0.33 10:-0.19
u:smelling 2:-0.1
u:smells 3:0.14
u:smelt 3:0.13
u:smile 1:-0.18 8:-0.1
u:smiles 1:0.12 8:-0.12
u:snapped 4:-0.12 5:0.24 12:-0.14
u:so 0:-0.14 1:-0.14 3:-0.24 6:0.11 7:-0.19 8:0.22 9:-0.12 10:-0.21 11:-0.11
u:soaked 5:0.11
u:social 6:0.11
u:society 2:0.17 5:-0.1
u:sofa 3:0.19
u:soggy 5:0.12 12:-0.15
u:solid 12:0.1
u:some 4:0.17 6:-0.11 8:-0.2 9:-0.12
u:someone 1:-0.15 2:0.3 3:0.37 5:-0.1 9:-0.18 10:-0.15
u:somewhere 1:0.14 2:0.11 12:-0.1
u:son 1:0.17
u:sore 0:-0.11 1:-0.16 5:0.14
u:sorted 0:0.25 2:0.2 7:0.18 9:0.19
u:sound 1:0.16 8:0.16 12:0.18
u:sourdough 1:0.11 5:0.11
u:spa 4:0.11
u:spacer 1:-0.12 2:0.12
u:spaniel 1:-0.12
u:spare 0:-0.15
u:speaks 1:0.12
u:specialist 0:0.1 2:0.19 9:-0.13
u:speed 5:0.16 12:-0.11
u:speeds 5:0.17 12:0.11
u:speedy 0:0.13
u:spent 2:0.12 6:-0.15 7:-0.11
u:split 2:0.12
u:spoke 1:0.13 8:0.1
u:spoken 0:-0.12 1:0.14
u:spot 0:-0.12 9:0.11
u:spotless 1:-0.2 3:0.5 5:-0.13 9:0.14 10:0.66 12:0.1
u:spotted 2:0.18 5:-0.1 9:0.23
u:spotting 2:0.16 10:0.11
u:spring 5:0.12
u:squat 2:0.1
u:squeezed 6:-0.13
u:staf 1:0.13
u:staff 0:-0.14 1:0.44 2:0.21 3:-0.13 4:-0.11 5:-0.13 6:-0.31 8:0.18 11:-0.11
u:staffed 0:0.13
u:stage 13:0.12
u:stain 5:0.19 12:0.12
u:stale 5:0.21 12:-0.14
u:stand 5:0.13
u:standing 6:0.12
u:star 8:-0.11
u:stars 5:0.2 12:0.17
u:start 6:0.21
u:started 1:0.1 2:-0.16 3:0.22 5:-0.19 7:-0.21 13:0.17
u:starting 7:-0.13
u:state 10:-0.13
u:statement 1:0.15
u:station 3:0.11
u:stay 0:-0.11
u:steal 4:0.14 11:-0.14
u:steep 11:-0.12
u:steering 3:0.16 5:-0.1
u:stellar 10:-0.14
u:step 6:0.28 13:0.27
u:sticky 3:0.31 4:-0.1 10:-0.25
u:still 0:0.17 3:-0.1 6:-0.14 7:-0.23 9:-0.28 10:-0.13 12:-0.12 13:-0.27
u:stone 0:0.15 7:-0.15
u:stood 0:0.19
u:stopped 6:0.27 13:0.11
u:storage 0:-0.13 6:0.13
u:story 0:0.11 5:0.17 12:0.23
u:straight 2:0.14 7:0.12 8:0.1 9:0.21 10:-0.11
u:street 2:0.12 6:0.13 11:-0.16
u:streetlight 0:0.17
u:strength 9:-0.1
u:stress 2:0.2
u:stuck 10:-0.29
u:stuff 2:0.23 9:0.21
u:stunning 5:0.17
u:stylist 1:0.17 5:0.21 11:0.1
u:such 1:0.18 5:-0.15
u:summary 0:-0.23 5:-0.17 13:0.13
u:sunday 5:0.13 11:-0.13
u:sundays 0:-0.1
u:super 5:0.17 12:0.16
u:superb 7:0.24
u:supermarket 1:0.1
u:supervisor 1:0.11
u:supplements 2:0.13
u:supplier 7:0.12
u:support 2:0.12 9:-0.1 12:0.14
u:supposedly 1:0.12
u:sure 0:-0.2
u:surgery 3:0.28 5:-0.17 8:-0.17 9:0.11 10:0.26
u:surprised 10:0.17
u:sweetheart 5:-0.12
u:swept 3:0.23 10:0.14
u:switched 4:0.1
u:symptoms 9:-0.12
u:system 1:-0.23 5:-0.11 7:0.11 12:-0.11
u:ta 7:0.11 10:0.36
u:table 1:0.16 3:0.17 10:-0.2
u:tables 3:0.23 5:-0.18 6:-0.1 10:-0.12
u:tablets 2:0.26 7:0.14
u:take 0:0.2 3:-0.1 7:-0.17
u:takeaway 4:0.24 5:-0.19
u:taking 7:-0.13
u:talk 8:-0.15
u:talked 1:0.34 2:0.12 8:-0.16 9:0.18 13:0.17
u:tap 5:0.21 7:-0.11 12:-0.15
u:taste 5:0.27 12:-0.23
u:tasted 5:0.15 12:-0.12
u:tasty 5:0.14 12:0.11
u:tax 2:0.1 4:-0.16
u:tbh 0:-0.15 5:0.32 12:-0.24
u:tea 12:-0.13
u:team 1:0.19 4:-0.11 8:0.13
u:teeth 1:0.14
u:tell 0:-0.1 2:0.13 13:0.15
u:telling 2:-0.15 5:0.16 12:-0.24
u:tells 6:0.18
u:ten 0:0.18 1:-0.11 5:-0.18 6:-0.17 7:0.29 11:-0.12 13:0.12
u:tenants 0:0.11
u:tenner 11:0.35
u:terms 0:0.11
u:terrible 0:0.1 5:0.16
u:test 1:0.12 9:0.13 12:-0.13
u:text 0:-0.2 1:-0.12 3:-0.14 5:-0.1 6:0.56 7:0.13 12:0.1 13:0.27
u:texted 4:-0.1 6:0.14 13:0.11
u:texting 5:-0.15
u:texts 6:0.16
u:th 0:0.11 12:-0.11
u:than 0:0.14 3:0.1 4:0.24 6:-0.18 7:0.16 9:0.23 10:0.19 12:0.24 13:0.1
u:thank 0:-0.11
u:thanks 3:-0.11 8:-0.11 13:-0.23
u:that 1:-0.13 2:0.25 4:0.26 5:0.21 6:0.14 8:0.18 9:0.16
u:thats 4:-0.13 7:0.12 13:-0.14
u:the 1:-0.19 3:-0.22 4:-0.34 7:-0.24 8:0.2 10:-0.16 11:-0.14 12:0.2 13:0.22
u:their 0:-0.1 1:0.23 2:-0.11 4:-0.14 5:-0.22 6:0.28 8:-0.25 9:0.22 13:0.15
u:them 0:-0.22 1:0.23 2:-0.24 3:0.33 5:0.14 6:0.28 7:-0.14 11:0.13 12:0.15 13:0.13
u:themselves 5:0.2
u:then 1:0.11 3:0.18 4:0.19 6:0.15 10:-0.14 11:-0.22 13:-0.2
u:there 0:0.27 3:0.12 6:-0.14 7:-0.15 10:-0.25 11:0.12 13:-0.16
u:theres 5:0.12 12:-0.23
u:they 0:0.13 5:0.11 6:0.32 9:-0.24 10:-0.1
u:theyd 0:0.11 2:-0.1 6:0.11
u:theyre 0:-0.1 1:0.14 11:-0.11
u:theyve 1:-0.17
u:thing 7:0.18
u:things 4:0.11 6:-0.13
u:think 3:-0.1 4:0.15
u:third 5:0.21 12:-0.16
u:this 3:-0.11 5:-0.27 7:0.17 13:-0.14
u:tho 5:0.12 12:0.1
u:thorough 1:-0.18 13:-0.11
u:those 0:0.11 5:0.16
u:though 0:0.46 1:0.23 2:0.16 4:0.11 5:0.13 8:0.16 12:0.22
u:three 5:0.36 6:0.13 7:-0.2 9:-0.17 12:-0.16 13:-0.37
u:thrilled 5:0.11 12:0.12
u:through 5:0.13 6:0.26 9:0.2 13:0.37
u:thursday 0:0.26 5:-0.11 7:-0.23
u:thyroid 2:0.16 9:0.15
u:ticket 0:0.16 1:0.13 4:0.13 7:-0.15
u:tico 5:0.12
u:tidy 3:0.16 10:0.21
u:tiles 9:0.11
u:till 2:-0.19 5:-0.2 6:0.11
u:tills 0:0.11 1:0.12
u:time 0:0.31 1:0.14 3:-0.21 6:0.14 11:-0.15 12:0.13
u:times 2:0.11 5:0.18 9:-0.16 13:-0.28
u:tip 1:0.12 3:0.28 8:0.13 10:-0.21
u:to 0:-0.15 1:0.19 2:0.1 3:-0.12 6:-0.15 8:-0.4 10:-0.26 11:-0.15
u:toast 11:-0.16
u:toddler 1:-0.1
u:together 2:0.11
u:toilet 3:0.18 10:-0.1
u:toilets 0:-0.29 2:-0.16 3:0.54 10:-0.21
u:told 0:-0.25 1:-0.1 2:0.72 3:-0.26 4:-0.17 7:-0.25 9:-0.36 13:-0.29
u:tomorrow 1:0.11
u:too 1:0.33 3:0.14 4:0.16 5:0.32 6:0.11 10:0.14 12:0.28 13:-0.11
u:took 0:0.49 1:0.34 2:-0.11 4:-0.19 5:0.26 7:-0.23 8:0.26 9:0.19 13:-0.15
u:top 1:-0.14 2:0.13 6:0.14 9:0.15 12:0.11
u:total 5:-0.13
u:totally 1:0.12 8:-0.14
u:touch 0:-0.14
u:towels 5:-0.1
u:town 1:0.25 4:0.28 11:0.19 12:0.2
u:tr 4:0.28 5:0.14
u:tracking 6:0.27
u:trade 9:0.1 11:0.13
u:traffic 1:0.16 8:-0.13
u:train 6:0.21 11:-0.25
u:training 0:-0.1 1:-0.12 2:0.25 6:-0.23
u:transferred 5:0.15
u:treat 5:0.16 8:-0.12
u:treatment 11:-0.17
u:tried 1:0.15 5:0.2
u:trim 5:0.24 12:0.15
u:trolley 3:0.18
u:trolleys 0:0.13
u:trop 4:0.15 5:0.11 11:-0.15 12:0.11
u:truth 5:0.12
u:tuesday 2:-0.12 7:-0.18
u:turn 2:0.13 4:-0.12 6:0.12 9:-0.13
u:turned 0:0.36 1:-0.11 4:0.11 6:0.11 11:0.14
u:tv 0:-0.14
u:twenty 0:0.19 2:0.17 3:-0.11 11:0.11 12:0.11
u:twice 7:-0.12 11:-0.18 12:-0.21
u:two 0:0.41 1:0.13 2:0.2 3:-0.13 4:0.2 6:0.13 7:-0.15 11:0.22
u:tyre 1:-0.14 2:0.26 11:0.1
u:tyres 2:0.19 9:-0.12 12:-0.11
u:u 11:0.14
u:unable 0:0.11
u:under 1:-0.12 3:0.3 7:0.11 11:0.14 13:0.11
u:understand 6:0.18
u:understood 6:0.19 13:0.24
u:uniforms 5:-0.11
u:unit 5:-0.19
u:unreal 0:0.12 5:0.1 11:0.39
u:until 6:0.11 12:-0.15
u:up 0:0.25 1:-0.12 5:-0.14 7:-0.27 9:0.17 10:0.26 11:-0.26
u:update 0:-0.15 6:0.2
u:updated 6:0.24 13:0.28
u:updates 0:0.11 6:0.14
u:upgrade 5:0.2 6:0.12
u:upsell 1:0.14
u:us 1:0.2 3:-0.18
u:use 2:0.23
u:used 0:0.12 6:-0.12 10:-0.11 12:-0.15
u:useful 2:-0.11
u:using 2:0.16 5:-0.11
u:valet 3:0.13
u:value 4:0.45 11:0.32
u:valued 11:0.14
u:van 0:0.21 7:0.16
u:varifocals 5:0.19
u:vegan 12:-0.14
u:vegetarian 2:0.11
u:very 0:0.12 2:0.14 6:-0.12 8:0.14 10:0.17 12:0.12
u:vet 0:-0.18 1:0.15 2:0.23 8:0.14 12:0.11
u:video 6:0.12
u:viewing 6:0.11
u:visitors 5:0.12 12:0.12
u:visits 2:0.2 7:0.24
u:vivaldi 0:0.14 7:-0.11
u:volunteer 1:0.11 2:0.12
u:wait 0:0.29 1:-0.15 4:-0.11 5:0.18 6:0.1 7:-0.2 12:0.22
u:waited 0:0.36 1:0.13 2:-0.12 6:0.11 7:-0.21 12:0.18
u:waiter 1:0.35 5:0.18 10:-0.12
u:waiting 1:-0.34 3:0.15 5:-0.29 9:0.15
u:waived 11:0.13
u:walk 0:0.21 7:-0.16
u:walked 5:-0.12
u:wall 2:0.11
u:wanted 1:0.13 2:-0.11 11:0.1
u:war 5:0.12
u:warden 1:0.26 8:-0.15
u:warm 1:0.11 5:0.15 8:0.11 12:-0.28
u:warranty 2:0.12
u:was 0:0.11 1:0.27 3:-0.14 4:0.14 5:0.19 6:0.13 8:0.11 12:-0.26
u:wash 3:-0.14 5:0.13 11:0.11
u:washing 0:-0.27 3:0.13
u:wasnt 6:0.14 9:-0.12 12:-0.15 13:-0.12
u:watch 6:0.1
u:water 2:0.14 3:-0.14 12:-0.1
u:watering 1:0.12 11:-0.1
u:way 5:-0.21 6:0.15 8:0.1 10:0.1 13:0.12
u:we 1:0.2 2:-0.19 4:0.19 5:-0.11 6:0.11 10:0.33 11:-0.2 12:0.13 13:0.12
u:wear 1:-0.1 5:0.13
u:wearing 1:-0.11
u:website 5:-0.12 13:-0.16
u:wed 6:0.11
u:wedding 1:0.18 2:-0.14 11:0.1
u:wednesday 5:0.11
u:week 0:0.42 4:-0.27 7:-0.18 10:-0.11 12:-0.28 13:-0.23
u:weekend 7:-0.11
u:weeks 0:0.44 1:-0.24 3:0.12 5:0.24 6:0.19 7:-0.33 9:-0.13 12:0.23
u:welcoming 8:-0.39
u:well 0:-0.19 5:0.2 6:0.2 9:0.1 12:0.33
u:went 1:-0.11 4:-0.36 7:-0.12 10:-0.18 12:-0.1 13:0.16
u:were 3:0.12 4:0.15 6:0.19 7:-0.23 8:0.24 13:-0.13
u:werent 12:-0.19
u:wet 3:0.2 10:-0.15
u:weve 10:-0.12 13:-0.14
u:what 1:-0.29 4:0.26 5:0.27 6:0.27 10:0.13 13:0.42
u:whatever 5:0.13
u:wheel 2:0.1 3:0.16
u:wheelchair 8:0.13
u:wheels 3:-0.14 5:0.14 7:-0.15 13:-0.14
u:when 0:-0.15 1:0.47 4:0.22 8:-0.21 11:-0.24 12:-0.23
u:where 2:-0.11 6:0.22 11:0.11 13:0.36
u:whether 0:-0.2 1:-0.27 2:0.22 5:-0.14 10:-0.12
u:which 0:-0.12 2:0.28 5:-0.11 6:0.1 7:0.16 8:0.25 10:0.23 13:0.2
u:while 1:0.18 5:-0.17 7:0.18 13:0.12
u:white 3:-0.1 5:0.11
u:who 1:0.23 2:0.26 7:-0.14 9:-0.23 10:-0.2 12:0.21
u:whole 1:0.15 2:0.17 6:0.12 8:-0.1
u:whos 1:0.14 5:-0.11
u:why 0:0.32 2:-0.15 6:0.39
u:wide 8:-0.24
u:wifi 5:0.37 6:-0.13 9:-0.11
u:will 0:-0.16
u:window 1:-0.11 5:0.14 7:0.14
u:windows 9:-0.11
u:wine 5:0.16 12:0.13
u:winters 5:0.11 12:0.13
u:wipe 3:0.12
u:wiped 3:0.13
u:with 1:0.51 3:0.16 5:0.18 6:0.25 8:0.17 9:0.17
u:within 0:0.17 2:0.12 5:0.14 7:0.47 12:-0.19 13:0.15
u:without 2:0.26 6:0.27 7:0.14 8:0.12 11:-0.11
u:woman 1:0.27 6:-0.16
u:wonderful 13:-0.11
u:wont 1:-0.11 4:0.1 5:0.23 9:-0.12 12:-0.14
u:work 1:-0.15 2:0.17 9:-0.15
u:worked 2:0.19 12:0.13
u:working 4:-0.11
u:works 5:-0.11 9:-0.19
u:worn 2:0.13 6:0.22 9:0.16 13:0.17
u:worst 1:-0.1
u:worth 3:-0.19 4:0.35 5:0.35 11:0.11 12:0.22
u:wot 3:0.15 10:-0.12
u:would 1:-0.32 4:-0.25 6:0.11 7:0.17 10:-0.17 13:-0.11
u:wouldnt 5:0.12 8:-0.15 12:-0.14
u:wow 0:0.13 7:-0.16
u:written 6:0.13
u:wrong 2:0.58 3:-0.11 7:-0.1 9:-0.24 13:-0.2
u:x 8:0.18
u:yeah 9:-0.11
u:year 1:0.1 2:0.18 6:0.13 8:0.18 9:0.18 10:-0.14 12:0.15
u:years 1:-0.1 2:0.14 3:-0.15 6:-0.1
u:yes 2:0.23 9:-0.17
u:yet 2:0.11 9:0.2
u:you 0:-0.12 10:0.28 13:0.15
u:younger 1:0.11
u:your 0:0.1 3:0.16 6:-0.18 10:0.26
u:youre 1:0.14 7:0.11 8:-0.15
u:youtube 9:-0.11
u:zero 10:0.18
u:£ 0:-0.27 3:-0.12 4:1.86 6:0.36 7:0.14 10:0.15 11:-0.69 13:-0.2
u:€ 4:0.16 5:0.14 11:-0.14 12:0.15

"""#
}
