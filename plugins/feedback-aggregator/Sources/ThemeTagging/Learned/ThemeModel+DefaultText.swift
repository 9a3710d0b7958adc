// Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
extension ThemeModel {
    /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
    public static let defaultText = #"""
# Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
# Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
# It adds a theme the lexicon did not tag when the probability that the comment judges it
# reaches `threshold`, withdraws one the lexicon tagged when that probability is below `keep`, and
# turns a lexicon tag's polarity when the probability of the other one reaches `turn`
# (plugins/feedback-aggregator/README.md, "The learned reader").
#
# Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`, `keep`
# (optional; 0 withdraws nothing), `turn` (optional; 1 turns nothing), `features` (the kinds of
# feature it weighs; a rapport that cannot make one of them refuses the model), `themes` (in the
# order of the weights) and `trained-on`. After `weights`, each line is a
# feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
# theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
# intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
# `author:customer|employee`, per theme `lt:` (the lexicon tagged it), `le:` (judged below
# the threshold), `lp:`/`ln:` (its net leans to praise or complaint), and `x:` (what the lexicon's
# phrases name: aspects, cues, near opinions and opinions, with their leans).

version 2026-12-07.7
lexicon 2026.12-10
threshold 0.4
keep 0.5
turn 0.5
features words pairs stems author lexicon cues
themes waiting-time staff-attitude knowledge cleanliness price product-quality communication
trained-on 8233 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl probe21.jsonl probe22.jsonl probe23.jsonl probe24.jsonl probe25.jsonl probe26.jsonl probe27.jsonl probe28.jsonl probe29.jsonl probe31.jsonl probe32.jsonl probe33.jsonl probe35.jsonl probe36.jsonl probe37.jsonl probe38.jsonl probe39.jsonl probe41.jsonl probe42.jsonl probe43.jsonl

weights
bias 0:-3.85 1:-4.87 2:-4.49 3:-4.34 4:-4.36 5:-3.67 6:-4.93 7:-0.02 8:-0.11 9:-0.4 10:-0.04 11:-0.35 12:-0.19 13:-0.5
author:customer 0:-0.93 1:-0.83 2:-1.37 3:-1.17 4:-0.87 5:-0.16 6:-0.98 9:-0.14 10:-0.2 13:-0.38
author:employee 0:-2.29 1:-3.24 2:-2.37 3:-2.44 4:-2.76 5:-2.9 6:-3.14 9:-0.13 10:0.17 11:-0.29
b:%_and 5:0.22
b:%_at 0:-0.11 4:0.19
b:%_in 5:-0.16
b:%_of 4:-0.15 5:0.17
b:%_off 0:0.26 1:-0.11 5:0.23
b:%_with 4:0.14
b:10_10 0:-0.34 4:-0.11 6:-0.17
b:10_am 2:0.14 5:-0.15 6:0.15
b:10_and 6:0.19
b:10_days 0:0.17 6:0.14 7:0.19 13:0.16
b:10_mins 0:0.17 1:0.15 5:0.43 6:0.17
b:10_pm 2:0.11
b:10_would 0:-0.14 5:-0.18
b:11_pm 0:0.18 1:0.38 5:-0.13 6:-0.19 8:0.15
b:120_for 4:0.15 5:0.61
b:12_% 1:0.1
b:12_a 0:-0.12 4:-0.3 5:0.13
b:12_for 5:-0.27 12:-0.11 13:0.1
b:12_mins 2:-0.11 5:-0.23
b:12_quid 5:0.28
b:12_th 6:0.18
b:140_drops 6:-0.16
b:14_march 1:0.13 5:0.13
b:14_may 6:-0.14
b:14_weeks 3:0.18
b:150_for 3:-0.13
b:15_% 4:0.11 5:0.37
b:15_a 4:0.19 5:0.17 6:-0.14 12:-0.12
b:15_for 5:-0.29 11:0.11
b:15_mins 0:-0.1 2:0.39 4:0.36
b:15_minutes 5:0.26 6:-0.17
b:15_to 2:0.16 12:0.13
b:15_years 2:-0.11
b:160_a 5:0.1
b:180_for 6:-0.13
b:180_to 5:0.11
b:18_a 5:0.14
b:19_th 0:0.14
b:1_and 0:0.12 4:0.26
b:1_for 5:-0.26 6:0.17
b:1_h 2:0.2
b:1_hour 5:-0.14
b:1_hr 5:-0.12
b:1_on 0:-0.11 4:0.2
b:1_pm 0:0.14 4:-0.12
b:20_% 4:0.15
b:20_an 4:0.11
b:20_for 3:-0.13 4:-0.61 5:0.17 11:0.2
b:20_min 7:0.19
b:20_mins 0:0.36 1:0.15 3:0.25 4:-0.2 5:-0.15
b:20_minutes 7:0.13 13:0.11
b:20_p 11:-0.1
b:20_th 6:0.18
b:20_years 2:0.26 4:0.22 5:-0.11
b:210_a 6:0.19
b:22_a 6:0.2
b:22_for 5:-0.11
b:240_a 0:0.11
b:240_for 2:0.16
b:24_hours 0:-0.81
b:24_hrs 0:0.32 5:0.15
b:250_a 4:0.14 5:0.31 6:-0.11
b:25_a 0:0.12
b:25_for 0:-0.22 4:-0.1 6:0.21 12:0.16
b:25_min 0:0.35
b:25_mins 5:0.14 12:-0.1
b:25_minutes 0:0.13
b:280_for 5:0.17
b:2_a 5:-0.11
b:2_am 2:-0.12
b:2_and 5:0.16 13:0.25
b:2_days 0:0.6 1:-0.12 2:0.59 4:0.15 5:0.31
b:2_for 2:-0.12 4:0.1 5:-0.23 6:0.36
b:2_get 1:-0.11
b:2_hours 0:0.28 5:0.12
b:2_hrs 0:0.25 1:0.15 5:-0.33 8:0.1
b:2_me 1:0.33
b:2_mins 0:0.13 3:-0.17 5:-0.41
b:2_minutes 6:0.13
b:2_pm 0:-0.12 5:-0.1 6:0.39
b:2_the 1:0.11 4:0.21 5:-0.16
b:2_washes 4:-0.14
b:2_years 5:0.12 6:-0.13
b:30_% 5:-0.11
b:30_a 4:-0.2
b:30_mins 0:-0.18 5:0.1
b:30_minutes 0:-0.17 1:0.13 4:0.1
b:30_p 4:-0.23
b:30_quid 4:-0.12 5:-0.24
b:30_years 2:0.1
b:35_for 4:-0.24 5:0.21
b:35_mins 12:0.11
b:35_minutes 0:0.12 4:-0.19 6:0.33
b:380_for 2:-0.11
b:3_am 0:-0.12 6:-0.11
b:3_and 0:0.34 5:-0.11
b:3_days 4:0.25 5:-0.16 7:0.32
b:3_hours 0:0.13 3:-0.1
b:3_hrs 5:-0.12 7:-0.15
b:3_march 5:-0.17 6:0.15
b:3_mins 0:0.19 7:-0.11
b:3_months 5:-0.27
b:3_pm 5:0.15
b:3_rd 0:0.44 5:-0.21 6:-0.18 7:-0.13
b:3_said 6:-0.19
b:3_times 0:0.45 2:0.14 4:0.11 5:0.28 6:0.42 7:-0.14 9:-0.11 12:-0.11
b:3_to 7:0.11
b:3_weeks 0:-0.29 2:0.21 5:0.25 6:0.32 12:0.33
b:3_wks 0:0.17 5:-0.18
b:400_of 4:0.13 5:-0.12 11:-0.25
b:400_under 5:0.24
b:40_% 0:-0.12 4:0.22
b:40_for 3:0.27
b:40_i 4:0.11
b:40_mins 0:0.21 1:-0.32 4:-0.2 5:-0.15 6:0.15 7:0.14
b:40_minute 0:0.19 4:-0.13
b:40_minutes 3:-0.11
b:40_with 1:0.13
b:45_a 0:0.18 2:-0.11 4:0.21
b:45_mins 3:0.26 5:-0.14
b:45_minutes 0:0.11 2:-0.1
b:45_p 4:0.19 11:-0.24
b:48_hours 4:-0.11
b:49_a 5:0.12
b:4_! 5:-0.12
b:4_a 0:0.47 1:0.15 5:-0.23 6:0.28 7:-0.11
b:4_days 0:0.1 3:0.19 4:-0.2 5:-0.15 6:0.17
b:4_for 5:-0.31
b:4_hours 5:-0.18 7:-0.1
b:4_it 5:0.13
b:4_mins 0:-0.12 4:0.12 5:-0.2
b:4_my 0:0.15 5:-0.17
b:4_on 0:-0.11
b:4_pm 2:-0.19
b:4_said 1:-0.14 5:0.17
b:4_to 1:0.28 5:0.34
b:5000_miles 1:0.26 2:0.11 4:-0.18
b:500_mb 0:-0.12 5:0.28 12:-0.11
b:50_each 6:0.23
b:50_for 0:-0.25 4:0.1 5:0.26 11:-0.15
b:50_mins 0:0.12 6:-0.11
b:50_minutes 0:0.56 1:-0.24 2:-0.11 6:0.1 7:-0.16
b:50_p 5:-0.1
b:50_to 0:0.18 7:0.11
b:52_minutes 0:0.14 6:-0.24
b:55_minutes 0:0.13 1:-0.13 2:-0.16 5:-0.17 6:0.3
b:5_a 4:-0.23
b:5_and 5:0.16
b:5_days 0:0.21
b:5_for 5:-0.11 11:0.11
b:5_g 2:0.25
b:5_min 5:-0.29
b:5_mins 5:0.53 7:0.13
b:5_minutes 0:-0.11 4:0.1 6:0.1
b:5_pm 5:0.44 6:-0.13
b:5_stars 5:-0.15
b:5_th 11:0.14
b:5_working 0:0.28 5:-0.12
b:600_for 5:-0.18
b:600_over 0:0.19 1:0.12
b:60_% 0:0.1 4:-0.14 5:0.19
b:60_a 4:-0.22
b:60_and 4:0.14
b:60_for 5:-0.28 6:-0.11
b:60_on 2:-0.2 4:0.17 6:0.39
b:60_s 1:-0.23
b:65_a 5:-0.11
b:65_and 0:0.29 4:0.12 11:0.1
b:65_for 5:-0.14 6:0.1 11:0.18
b:65_to 4:0.23
b:6_and 0:-0.11 5:0.2 6:-0.1
b:6_days 7:-0.21
b:6_hours 0:0.15
b:6_minutes 4:0.12 6:-0.11
b:6_months 5:0.13
b:6_pm 0:0.38
b:6_said 0:-0.12 5:0.13
b:6_weeks 7:-0.15
b:70_for 4:0.12
b:70_parking 1:0.21
b:75_for 5:-0.23
b:7_am 0:-0.11 1:-0.13 13:-0.13
b:7_pm 0:0.11
b:80_for 5:-0.26
b:89_and 0:-0.12 2:0.11
b:8_% 4:0.15 11:-0.12
b:8_12 0:0.15
b:8_a 4:0.18
b:8_am 0:0.56 4:-0.25 6:-0.38
b:8_and 1:-0.17 5:-0.16 6:0.26
b:8_for 4:0.16 5:-0.21 11:0.15
b:8_said 2:0.2 6:-0.17
b:8_to 0:-0.41
b:90_% 5:0.31
b:90_for 3:-0.15 6:0.17
b:90_mins 0:0.16
b:90_minutes 0:0.16 5:-0.18
b:95_for 11:-0.12
b:99_a 6:-0.19 11:0.18
b:9_% 5:-0.11
b:9_am 5:0.2
b:9_and 1:-0.11
b:9_days 0:0.27 6:0.37
b:9_for 1:0.13 5:-0.24
b:9_pm 0:-0.21 1:-0.2 3:0.12 4:-0.11 5:-0.12 7:0.11 13:-0.13
b:9_said 5:0.13
b:9_weeks 0:0.15
b:a_2 5:0.24
b:a_20 5:-0.31 6:0.11 11:-0.11
b:a_3 4:-0.15 5:0.4
b:a_4 1:0.3 5:0.37
b:a_5 3:0.1
b:a_60 0:0.12
b:a_7 1:0.3 5:0.38
b:a_baby 4:0.11
b:a_bad 3:-0.19 5:0.34
b:a_bag 5:0.16
b:a_ball 5:-0.15
b:a_bank 0:0.19 1:0.27 2:-0.12
b:a_bargain 4:0.13 11:-0.18 13:0.1
b:a_barista 5:0.18
b:a_bathroom 1:-0.13 2:0.18 3:-0.11 10:-0.14
b:a_beautiful 0:0.16
b:a_better 4:0.11
b:a_big 1:-0.36 3:-0.23 5:0.21
b:a_bigger 5:-0.1
b:a_bin 0:-0.23 2:-0.11 12:0.25
b:a_biscuit 4:-0.22
b:a_bit 0:0.21 2:0.15 3:-0.15 5:0.54 6:-0.21 7:0.22 8:-0.16 9:0.13 11:0.2
b:a_bob 1:0.12 2:-0.16 5:0.46
b:a_book 0:0.64 4:-0.28 5:-0.16 7:-0.15
b:a_bot 2:-0.17 5:0.26 6:0.13
b:a_bottle 3:0.23 5:-0.3
b:a_box 0:-0.22 6:0.24
b:a_breath 1:0.38
b:a_broadband 5:0.14
b:a_broken 5:-0.11
b:a_budget 5:0.13 11:0.14
b:a_bulb 0:0.31
b:a_bulky 3:0.12 4:-0.31
b:a_burger 12:0.13
b:a_burst 2:-0.12 6:0.15
b:a_bus 6:0.16
b:a_business 2:-0.12
b:a_button 1:0.2 5:0.26
b:a_cab 0:0.22 6:0.21 7:0.13
b:a_call 0:-0.58 2:-0.25 6:0.26 12:-0.12
b:a_callback 0:-0.26 6:0.29
b:a_car 3:-0.19 5:-0.53
b:a_card 1:0.1 3:0.16 6:-0.17 9:0.11
b:a_cashier 1:-0.17 5:-0.13
b:a_cat 5:0.22
b:a_change 1:0.4
b:a_charge 1:0.1 5:-0.15
b:a_charity 1:0.14
b:a_chat 1:0.25 4:-0.11 6:-0.1
b:a_cheaper 2:0.15
b:a_check 5:-0.15
b:a_cheese 5:-0.2
b:a_cheque 6:-0.1
b:a_child 2:-0.11 5:0.35
b:a_chunk 0:0.16
b:a_claim 6:-0.12
b:a_clean 0:-0.19 1:-0.3 2:-0.12 4:-0.11 5:-0.32
b:a_clear 0:-0.11
b:a_client 5:0.4
b:a_cloud 5:0.34
b:a_club 0:0.11
b:a_clue 2:0.55 5:-0.28 6:-0.19 9:-0.22
b:a_clutch 3:0.21 5:0.11
b:a_coffee 0:0.18 1:0.12 3:-0.12 4:-0.17 5:-0.5
b:a_colleague 2:0.13 6:-0.16
b:a_collection 1:-0.32 3:0.32 5:0.15 12:0.11
b:a_complaint 1:0.17
b:a_computer 6:0.16
b:a_concern 0:0.15
b:a_consultation 2:0.12 6:0.15
b:a_contract 5:-0.11
b:a_couple 0:0.32 2:0.28 3:0.14 5:0.15 13:0.13
b:a_credit 4:-0.19 5:-0.12 6:-0.13
b:a_criminal 0:0.1
b:a_crisp 1:-0.19 2:0.18 5:-0.38 9:-0.22
b:a_crown 5:0.25
b:a_curry 5:-0.16
b:a_customer 0:0.13 1:0.42 2:0.15 3:-0.13 5:-0.27 6:-0.14
b:a_damp 1:-0.29 5:-0.13
b:a_date 0:0.1
b:a_day 0:0.54 1:-0.13 2:0.11 3:0.27 5:0.64 6:-0.24 7:0.2
b:a_days 0:-0.19 5:-0.11 6:0.1
b:a_decent 5:0.17
b:a_decision 5:0.35
b:a_deep 12:0.11
b:a_dentist 1:-0.12 6:-0.13
b:a_diagnostic 5:-0.21 11:0.12
b:a_different 0:0.27 1:-0.15 5:0.26 9:-0.18
b:a_dirty 0:-0.11 2:-0.1 3:-0.11 4:-0.13 5:-0.19
b:a_disaster 6:0.15
b:a_disgrace 3:-0.41 5:-0.17
b:a_dog 5:-0.21
b:a_drain 5:-0.14
b:a_driver 5:0.32 6:0.21
b:a_drop 4:-0.11 12:0.14
b:a_e 0:0.44 5:-0.28 7:-0.21 9:-0.1
b:a_faff 0:-0.2 5:-0.14
b:a_failed 5:-0.11
b:a_family 5:0.34
b:a_fault 7:0.14
b:a_few 1:0.19 4:-0.12 5:0.25 6:-0.18 7:0.13 11:-0.15
b:a_fight 0:0.16 5:0.32 12:0.18
b:a_fine 0:0.14
b:a_fish 3:-0.26 6:-0.1
b:a_fiver 4:0.42 11:0.38 12:0.11
b:a_fixed 2:-0.14
b:a_flapjack 5:-0.1
b:a_flat 4:0.15 5:0.19
b:a_fly 5:-0.16
b:a_fortnight 0:0.17 2:0.31 3:0.18 4:0.2 5:0.38 10:-0.1 12:-0.34
b:a_fortune 4:0.24
b:a_four 0:-0.29 1:0.25
b:a_free 0:0.66 4:-0.38 5:-0.14 12:-0.3
b:a_friday 0:0.29 6:-0.11 12:0.12
b:a_full 0:-0.11 2:0.18 3:0.27 4:0.37 5:0.11 6:-0.11 8:-0.1 9:-0.17 11:0.18
b:a_fully 5:0.15
b:a_fuss 5:0.28 12:-0.11
b:a_garage 5:0.24
b:a_gem 1:0.2 5:0.11
b:a_godsend 0:0.36 1:0.17 5:-0.12 7:0.1
b:a_good 1:-0.16 2:0.11 3:0.39 5:0.31
b:a_gp 6:0.15
b:a_great 0:0.16 2:-0.16 5:-0.22
b:a_grunt 5:-0.14 8:-0.29
b:a_half 0:0.18 3:0.17 4:0.22 5:-0.27 11:-0.11
b:a_head 1:-0.11 4:0.13 12:-0.15
b:a_headache 5:0.14
b:a_heavy 5:0.11
b:a_hedge 0:-0.13
b:a_hello 1:0.15
b:a_hem 11:0.19
b:a_high 0:-0.12 6:0.17
b:a_hitch 5:-0.12
b:a_home 6:-0.11
b:a_hoover 10:0.14
b:a_hospital 0:-0.13 5:-0.14
b:a_hot 6:-0.17
b:a_hotel 5:-0.22 6:0.16
b:a_human 0:0.25 2:-0.23 5:-0.14 6:0.25 13:-0.12
b:a_hundred 1:-0.12 4:-0.18
b:a_jacket 3:-0.17 5:0.1 12:0.12
b:a_joke 0:-0.15 1:0.12 5:-0.28 6:-0.2 11:-0.12
b:a_key 5:-0.12
b:a_kid 6:0.11
b:a_kidney 5:-0.18 8:0.16
b:a_kids 3:-0.19 11:0.15
b:a_knocking 2:0.36 5:0.17
b:a_lady 0:0.36 5:0.19
b:a_laptop 0:0.17 1:-0.12
b:a_late 4:0.13
b:a_laugh 0:-0.11 1:0.27 5:-0.12
b:a_law 1:-0.18 13:-0.1
b:a_leaflet 2:-0.15 5:0.28 6:-0.2
b:a_leak 0:0.18
b:a_leg 5:0.1
b:a_legend 0:-0.1 1:0.11 2:0.17 5:-0.22
b:a_lemon 5:-0.12
b:a_letter 0:0.25 2:-0.14 4:-0.2 5:-0.17 6:-0.4
b:a_lifeline 0:0.11 5:-0.14
b:a_lifesaver 1:0.11
b:a_line 5:0.19
b:a_little 0:0.22 4:-0.31 6:0.27 10:-0.13 13:0.15
b:a_local 0:0.22
b:a_locker 5:0.15 6:0.19
b:a_locksmith 2:0.15 11:0.1
b:a_long 1:-0.28 3:-0.1 5:-0.19
b:a_loop 0:0.11
b:a_loose 1:0.21 4:0.13 5:-0.14
b:a_lost 0:0.22 5:-0.14 6:-0.25
b:a_lot 1:0.39 2:-0.18 3:-0.21 4:0.47 5:0.1 6:0.34 8:0.13 10:-0.1 11:-0.15
b:a_lovely 1:0.14 5:-0.14 6:-0.15 8:0.14
b:a_lovly 5:0.15
b:a_lukewarm 1:-0.12
b:a_lump 0:0.29
b:a_man 0:0.12 1:-0.18
b:a_manager 0:-0.19
b:a_manual 2:0.21 5:-0.11 6:-0.25
b:a_map 6:0.11
b:a_massive 0:-0.59 5:0.33
b:a_mattress 5:-0.21
b:a_meal 3:-0.2 5:0.23
b:a_medication 2:0.25
b:a_member 5:0.11
b:a_mess 3:0.18 5:-0.12
b:a_meter 5:-0.1
b:a_mile 5:0.13 12:-0.13
b:a_minute 0:0.31 1:-0.16 2:0.28 5:-0.11 6:-0.21
b:a_miracle 5:-0.31
b:a_missed 5:0.15
b:a_mistake 0:-0.21 6:-0.2
b:a_mixed 6:0.11
b:a_model 0:-0.23 1:0.18
b:a_month 1:-0.12 4:-0.35 5:0.21 9:-0.13
b:a_named 0:-0.15 1:-0.2 2:0.3 6:0.11
b:a_natter 1:0.15
b:a_new 2:-0.22 4:-0.18 5:-0.26 6:0.12 7:0.11
b:a_nice 1:-0.16 2:-0.12 4:0.17 5:-0.16
b:a_night 0:0.19 3:0.14 6:-0.1 11:-0.2
b:a_nightmare 4:-0.12
b:a_no 4:0.3 5:0.15 6:-0.14
b:a_noise 2:-0.12
b:a_note 5:-0.2 13:0.12
b:a_nuisance 1:0.11 5:-0.13
b:a_number 1:0.17 5:0.45
b:a_one 0:-0.35 5:-0.33 6:0.45 13:0.18
b:a_pair 4:0.13 5:0.46
b:a_parcel 5:-0.34
b:a_parking 0:0.22 5:0.12
b:a_part 2:0.29 7:-0.1
b:a_payment 1:0.25
b:a_penny 4:0.58 5:-0.1 11:0.17
b:a_person 0:0.37 6:-0.3 7:0.13 8:0.12
b:a_phone 0:-0.18 1:0.18 6:0.15
b:a_photo 1:0.19 2:-0.11 4:-0.27 5:-0.2 6:0.28 13:0.21
b:a_picture 5:-0.1
b:a_pile 3:0.11
b:a_pint 5:-0.21
b:a_place 3:0.12
b:a_plaster 1:-0.15 3:0.49
b:a_plumber 1:-0.16 2:0.11
b:a_police 0:-0.17 2:0.22 6:-0.19
b:a_pound 4:0.14
b:a_premium 4:-0.34
b:a_price 4:-0.14 6:0.15
b:a_private 2:0.23 5:0.2
b:a_problem 0:0.34 1:-0.14 5:-0.12
b:a_proper 0:0.24 4:-0.23 5:-0.51 6:-0.24 8:-0.33
b:a_puddle 1:0.24 3:-0.25 5:0.32 12:-0.12
b:a_puncture 5:-0.19 6:0.12
b:a_pushchair 1:-0.12 5:0.4
b:a_quarter 5:0.12
b:a_question 5:-0.2 6:-0.15
b:a_queue 0:-0.22 5:0.14 7:-0.13
b:a_quick 0:-0.89 2:0.11 3:-0.3 5:-0.4 12:0.11
b:a_quote 0:-0.28 1:0.15
b:a_rainy 5:0.21
b:a_real 0:0.14 4:0.11 5:-0.13 6:0.12
b:a_really 4:-0.25 5:-0.16 6:0.11
b:a_reference 0:0.21 5:-0.14 6:0.11
b:a_refund 5:-0.15 6:0.33
b:a_regular 4:0.12
b:a_relief 1:0.1 3:0.18
b:a_reminder 0:-0.17
b:a_repair 4:0.14
b:a_replacement 0:0.38 1:0.17 2:-0.19 4:0.19 6:0.41 7:0.11 8:-0.13 12:-0.1 13:0.11
b:a_reply 0:-0.23 4:-0.1 6:0.19
b:a_response 0:-0.2
b:a_rip 3:0.31 4:0.15 11:-0.13 12:-0.11
b:a_room 0:0.1
b:a_row 4:0.1
b:a_rude 4:-0.18 5:-0.1
b:a_sad 5:0.52
b:a_safe 5:0.17 6:-0.16 12:0.16
b:a_sandwich 4:-0.61 5:-0.56
b:a_saturday 0:-0.11 1:-0.17 2:-0.11 4:-0.12 5:-0.13 6:-0.12 7:0.24
b:a_scratch 5:0.31
b:a_script 1:-0.11
b:a_seat 1:0.14
b:a_second 0:-0.25 2:0.2 6:-0.39 12:0.16
b:a_service 0:0.19 2:0.22 5:0.28
b:a_session 2:0.12 5:-0.1
b:a_sheet 6:0.16
b:a_shift 2:0.23
b:a_shoplifter 8:-0.22
b:a_shrug 1:0.2 2:-0.14
b:a_sign 3:-0.11
b:a_simple 0:-0.11 4:0.44 11:-0.13
b:a_single 0:-0.52 3:-0.18 4:-0.52 6:0.32 9:0.12
b:a_six 0:0.22 1:-0.14
b:a_small 1:0.2 4:0.24 6:-0.12
b:a_smart 3:0.17
b:a_smell 2:-0.1 5:-0.12
b:a_smile 0:-0.17 1:0.47 5:-0.11 8:-0.1
b:a_sofa 0:0.17
b:a_sore 1:-0.16 2:0.1 5:0.14
b:a_space 6:-0.13
b:a_speck 3:0.12
b:a_split 2:0.13
b:a_spotless 3:-0.27
b:a_standing 6:0.18
b:a_state 1:0.14 3:-0.42
b:a_steal 4:0.11 11:-0.16
b:a_sticky 5:0.24
b:a_straight 1:0.23 2:0.15 6:0.16 13:0.1
b:a_sunday 1:0.22
b:a_supervisor 0:0.16 6:-0.1
b:a_swamp 0:0.15 5:-0.11
b:a_sweetheart 5:0.1
b:a_swim 3:0.27
b:a_system 0:0.23
b:a_table 0:0.55 1:0.25
b:a_tank 5:0.21
b:a_taxi 0:-0.23 6:0.12
b:a_ten 1:-0.11 5:0.25 6:0.27
b:a_tenancy 4:0.11
b:a_tenner 2:-0.17 4:0.32 5:-0.12
b:a_text 3:-0.1 5:-0.39 6:0.33
b:a_thing 5:0.25
b:a_three 6:0.16
b:a_ticket 0:0.23 6:-0.21
b:a_tidy 0:0.18 5:0.26
b:a_till 0:0.28
b:a_time 5:0.13 12:0.12
b:a_tip 1:-0.16 3:1.33 4:-0.18 10:-0.27 12:0.15
b:a_toddler 0:-0.17 1:-0.18
b:a_torch 5:-0.17
b:a_total 5:0.31
b:a_touch 0:-0.15
b:a_towel 1:-0.13
b:a_tracking 0:-0.27
b:a_transaction 1:-0.21
b:a_treasure 0:0.12 4:0.2
b:a_treat 5:0.26
b:a_trim 0:0.16 1:0.1 2:-0.18 5:0.39 6:0.15 8:0.11 12:-0.18
b:a_tuesday 5:0.16
b:a_twenty 0:0.28
b:a_two 4:0.12 5:-0.35 6:0.3
b:a_tyre 0:0.11 4:0.15
b:a_used 1:0.11 2:-0.12
b:a_van 1:-0.22 5:0.14
b:a_vending 1:0.3 5:-0.31
b:a_very 1:-0.21 4:-0.15 5:0.14
b:a_video 2:-0.1
b:a_view 5:0.13
b:a_visit 5:-0.13
b:a_voucher 4:0.19 6:-0.1
b:a_walk 5:0.15
b:a_warm 5:-0.1
b:a_warning 2:-0.15 5:0.11
b:a_wasp 8:-0.24
b:a_water 1:-0.33 3:-0.18 5:0.42 6:0.15 12:-0.18
b:a_way 2:0.11 6:0.13
b:a_wedding 2:0.27
b:a_week 0:-0.29 2:0.14 3:0.14 5:-0.11 6:0.71 11:-0.12 13:-0.1
b:a_wet 3:0.15 4:0.15 5:-0.21
b:a_wheel 2:0.1 9:0.1
b:a_whole 5:0.14 6:-0.23
b:a_width 5:0.19 8:0.14
b:a_woman 1:-0.12
b:a_word 0:-0.12 1:-0.23 2:-0.12 6:0.5 8:-0.11 13:-0.16
b:a_worn 2:0.36 5:0.17
b:a_written 6:0.14
b:a_wrong 5:-0.12
b:a_year 0:0.32 1:-0.21 2:0.11 4:0.2 5:0.36 9:0.14 10:-0.15
b:a_young 5:0.12
b:a_younger 6:0.15
b:a_£ 1:0.35 3:0.11 4:-0.29 6:-0.13 11:-0.15 12:0.13
b:about_a 0:0.3 1:0.39 2:-0.3 5:-0.48 6:-0.22
b:about_allergens 2:0.12
b:about_at 5:0.22 12:0.1
b:about_being 0:0.23 1:0.1 6:0.11
b:about_cleanliness 0:-0.16
b:about_contact 1:0.23
b:about_contract 2:0.18
b:about_costs 4:0.16
b:about_delays 0:0.18 6:-0.26 7:0.16
b:about_fees 5:0.19 6:0.12
b:about_fifty 2:-0.12
b:about_five 5:0.36
b:about_getting 5:0.15 6:0.18
b:about_her 2:-0.14
b:about_his 0:-0.13 6:-0.11
b:about_how 0:0.31 2:-0.13 6:-0.14 10:-0.12
b:about_in 1:-0.12
b:about_it 1:0.32 2:-0.18 6:0.13 8:-0.12 12:-0.13
b:about_my 0:-0.26 2:-0.11 4:-0.2 5:-0.13 6:0.21 13:-0.1
b:about_not 13:0.11
b:about_our 0:0.13 1:-0.15 5:-0.13
b:about_phones 1:0.16
b:about_price 0:-0.12 2:-0.24 4:-0.26 6:0.26 12:-0.17
b:about_prices 5:0.11
b:about_promotions 6:-0.12
b:about_selling 5:-0.19
b:about_side 1:0.28
b:about_six 2:0.2
b:about_the 0:-0.38 1:-0.23 2:0.17 4:0.32 5:-0.45 6:-0.14 8:0.33 10:0.13 11:-0.17 12:0.12 13:-0.22
b:about_their 4:-0.19 8:-0.11
b:about_them 5:0.41
b:about_to 5:-0.3
b:about_two 1:-0.14 5:0.16 6:0.36
b:about_what 4:-0.29 6:0.44
b:about_when 6:0.15
b:about_where 0:0.14 2:-0.39 5:0.11 6:0.34
b:about_whether 2:0.12 6:-0.38
b:about_why 0:0.2 1:-0.22 6:0.27
b:about_£ 2:0.25 4:0.21 5:-0.21 9:0.18 11:0.11
b:above_and 0:-0.16
b:absolute_gem 0:0.24
b:absolute_star 6:0.14
b:absolutely_no 1:-0.12 5:0.17
b:accommodation_office 0:0.24
b:account_manager 6:0.18
b:account_within 0:0.15 2:-0.1 5:-0.16
b:accurate_and 1:-0.13
b:acknowledge_me 1:0.19 8:-0.13
b:acknowledgement_and 5:-0.17
b:across_the 2:-0.11 5:0.14 12:-0.12
b:acted_like 1:0.53 5:-0.16
b:actually_answer 0:0.15 6:-0.12
b:actually_answered 0:0.12 6:-0.11
b:actually_been 1:0.26 6:-0.15
b:actually_decent 5:0.12
b:actually_explain 5:-0.15
b:actually_explained 2:0.26
b:actually_fix 1:-0.22 5:-0.1
b:actually_hear 6:0.12
b:actually_knew 5:0.27
b:actually_know 2:0.25 5:-0.12 6:-0.17
b:actually_knows 4:-0.11
b:actually_listened 0:0.11 1:-0.33 2:-0.29 5:-0.13 6:0.37 13:0.17
b:actually_rings 1:0.32
b:actually_said 1:0.23
b:actually_see 0:0.31
b:actually_turned 0:0.29 2:-0.34 6:0.16 7:0.11
b:actually_understand 4:-0.17 6:0.21 13:0.14
b:actually_work 0:-0.15 1:0.14 4:-0.12 5:0.22 7:0.11 12:0.2
b:actually_worked 5:0.34
b:add_a 5:0.13 6:-0.16 12:-0.2
b:added_that 5:0.15
b:address_on 5:0.3
b:adds_a 6:0.12 11:-0.11
b:adds_up 0:-0.17 4:0.19 5:0.21
b:admin_fee 4:0.17
b:advice_and 5:0.5
b:advice_from 2:0.11 9:-0.14
b:advice_line 0:-0.13 6:-0.12
b:advice_on 2:0.46 5:-0.45
b:advice_that 4:0.12 6:0.12 9:-0.13
b:advice_was 1:0.14 2:0.14
b:adviser_at 4:-0.22
b:adviser_knew 1:0.12 4:0.12
b:adviser_was 6:-0.21
b:advisers_at 1:-0.24 2:0.29
b:advisor_on 6:0.14
b:after_10 2:0.12
b:after_2 5:0.18
b:after_3 2:0.18
b:after_4 0:-0.11
b:after_5 0:0.2 7:-0.12
b:after_a 0:-0.16 1:-0.24 2:0.19 4:-0.18 6:0.48 13:0.11
b:after_an 5:-0.19 6:-0.28
b:after_each 0:-0.1 6:0.13
b:after_every 1:-0.11 6:-0.15
b:after_four 5:0.39 12:0.13
b:after_himself 3:0.19 5:0.4 12:0.16
b:after_i 0:0.6 5:-0.26 6:-0.33
b:after_id 0:0.27 1:0.18
b:after_it 0:-0.35 5:-0.17 6:0.13
b:after_my 4:0.11 5:-0.14
b:after_one 5:0.54 12:-0.15
b:after_school 0:-0.13 2:-0.13 6:-0.18
b:after_six 5:0.21 6:0.15
b:after_that 5:0.23
b:after_the 0:-0.17 2:0.13 3:-0.57 4:0.4 5:-0.19 6:0.14 9:0.12 11:0.11
b:after_their 1:0.13 4:-0.15
b:after_themselves 3:0.25 5:0.21
b:after_theyd 0:-0.16
b:after_three 0:0.16 6:0.11
b:after_two 5:0.47
b:after_we 4:-0.16 5:-0.15
b:after_work 0:0.14 5:-0.27
b:aftercare_sheet 1:-0.14
b:again_! 5:0.14
b:again_and 4:0.31
b:again_at 0:0.26
b:again_for 4:0.41 5:0.11
b:again_in 5:0.53
b:again_lol 6:-0.1
b:again_this 0:-0.21
b:again_when 5:-0.13
b:again_without 6:0.12
b:against_the 1:0.21 2:0.16
b:agency_as 0:-0.2 5:-0.11
b:agency_for 3:-0.2 4:0.12 5:0.13
b:agent_gave 2:-0.13 6:-0.12
b:agent_kept 13:-0.1
b:agent_knew 0:0.17 1:0.11 5:-0.16 6:-0.16
b:agent_pasted 6:0.16
b:agent_said 1:0.23 2:0.14
b:agent_to 0:-0.2
b:agent_told 5:-0.14 6:0.25
b:agent_was 0:0.27 1:0.15 2:0.16 4:0.13 5:-0.23 6:-0.12
b:agents_are 6:-0.13
b:ages_4 0:0.15 5:-0.13
b:ages_deciding 0:-0.13
b:ages_for 0:0.3
b:ages_going 4:0.13
b:ages_on 4:-0.11
b:ages_to 0:0.23
b:ago_and 5:0.12
b:agreed_that 5:0.14 6:0.14 12:0.12
b:agreed_the 0:0.14 1:0.13 4:-0.13 5:-0.15 6:0.18 8:0.19 10:-0.11 12:-0.12
b:ah_yes 5:0.36
b:ahead_to 0:0.25 6:0.14
b:air_zone 3:-0.14 5:-0.12
b:airport_for 0:0.19 5:-0.14
b:aisle_knew 1:0.12 3:-0.13
b:alarm_company 4:0.25
b:all_about 1:0.11
b:all_along 2:0.45 5:-0.42 6:-0.11
b:all_day 0:-0.66 1:0.3 2:0.27 3:-0.14 4:0.16 5:0.44 12:-0.21
b:all_do 2:0.11
b:all_done 6:-0.1
b:all_four 5:-0.13
b:all_good 5:-0.21
b:all_i 0:0.15 3:-0.15 5:0.12
b:all_in 1:-0.52 3:0.16
b:all_inclusive 2:0.11
b:all_my 2:0.11 5:-0.12
b:all_of 2:0.25
b:all_on 1:-0.14 4:0.3
b:all_over 0:0.39 1:-0.29 2:-0.18 3:0.45 4:-0.15 5:-0.47 6:-0.17 10:-0.23
b:all_round 3:-0.15 5:0.11
b:all_smiles 5:-0.12 8:-0.12
b:all_the 1:0.36 3:0.47 4:-0.15 5:-0.32 12:0.23
b:all_they 5:0.27
b:all_through 5:-0.15
b:all_week 5:-0.11
b:all_weekend 1:-0.12 5:0.24
b:all_year 2:0.18
b:allergy_and 4:-0.11
b:almost_every 0:0.13 2:0.11 4:-0.12 6:-0.17
b:almost_everyone 10:0.16
b:almost_one 0:0.12 5:0.27
b:alone_was 4:0.17 5:0.15
b:already_booked 5:0.1
b:already_read 2:0.15 6:-0.13
b:alright_i 5:-0.16
b:also_said 2:0.14 5:0.14
b:also_tell 5:0.2 6:-0.14
b:although_i 0:0.17 5:0.17 6:-0.31
b:always_a 0:0.23 5:-0.47 7:0.19
b:always_bring 5:-0.19
b:always_cheerful 1:0.16 2:0.12 4:0.12
b:always_comment 1:0.28
b:always_has 1:0.24
b:always_have 1:0.2
b:always_immaculate 1:0.14
b:always_knew 1:-0.22 2:-0.25
b:always_lovely 0:-0.32 1:-0.17
b:always_rammed 0:0.21 7:-0.12
b:always_remembers 0:0.23
b:always_say 1:-0.16 5:0.11
b:always_spotless 3:0.13 5:-0.24 6:0.2
b:always_tidy 1:-0.15 5:-0.24
b:always_told 2:0.1 6:-0.16
b:always_turned 0:0.2
b:always_up 1:0.31
b:am_and 2:-0.28
b:am_happy 5:0.21
b:am_on 1:0.13 2:0.12 6:-0.11
b:am_saturday 5:-0.13
b:am_writing 0:-0.13 1:0.11
b:amazing_how 5:0.15
b:an_absolute 0:0.24 1:0.2 3:-0.28 4:0.11
b:an_actual 0:-0.31 3:0.2
b:an_agent 2:-0.14 6:0.29
b:an_angel 1:0.12
b:an_answer 0:-0.11 1:0.17 2:-0.11 6:-0.17
b:an_apology 0:-0.28
b:an_appointment 0:0.17 5:-0.13
b:an_artist 5:0.1
b:an_auto 0:0.25 5:0.16
b:an_automated 0:0.1 2:-0.11 3:0.14 5:0.13
b:an_electrician 3:0.11
b:an_email 0:-0.27 1:-0.18 5:-0.31 6:0.31
b:an_engineer 0:-0.12 1:0.1 4:0.16 5:0.1
b:an_esim 2:0.25
b:an_expert 9:-0.15
b:an_explanation 1:0.2 5:0.11
b:an_extra 4:-0.57
b:an_hour 0:0.33 2:-0.16 3:-0.18 4:0.15 5:0.79 6:-0.56
b:an_idiot 1:-0.12
b:an_issue 1:-0.12 4:-0.22 5:0.57
b:an_mot 4:0.37 6:-0.17
b:an_odd 0:0.12
b:an_oil 0:0.41 2:0.1
b:an_update 0:-0.12 4:-0.1 5:-0.19
b:an_x 0:-0.24
b:and_3 0:0.22 7:-0.1
b:and_9 0:-0.27 1:-0.11 13:-0.13
b:and_a 0:-0.52 3:1.02 4:0.46 5:-0.11 6:-0.28 8:-0.32 9:0.11 10:-0.2 11:-0.26
b:and_about 0:0.14 5:0.2 6:0.13
b:and_actually 0:0.22 5:-0.15
b:and_adjusted 5:-0.1
b:and_again 5:-0.12
b:and_all 5:0.5 6:-0.1
b:and_always 2:0.1 6:-0.19
b:and_an 1:0.12 2:-0.15 5:-0.29 6:-0.1
b:and_another 0:-0.22
b:and_apologised 5:0.32 6:0.21 13:0.11
b:and_are 4:0.15
b:and_ask 5:-0.13
b:and_asked 2:-0.21 6:0.23
b:and_back 5:-0.12 6:-0.11
b:and_barked 0:-0.25
b:and_beyond 0:-0.16
b:and_bland 2:0.14
b:and_blow 0:-0.15 5:-0.31
b:and_booked 5:0.17
b:and_both 0:-0.2
b:and_boxed 5:0.11
b:and_bright 5:-0.11
b:and_by 0:0.19 2:0.14 6:-0.44 7:-0.11
b:and_call 6:0.11
b:and_called 0:-0.2
b:and_calm 1:-0.1 6:0.13
b:and_came 1:-0.19 3:0.22 5:0.52 9:0.14
b:and_cant 2:0.1
b:and_charged 0:-0.11 5:0.1
b:and_chatted 2:0.14 8:0.1
b:and_chatty 6:0.13
b:and_check 5:-0.17
b:and_checked 1:0.21 2:0.14 6:0.19
b:and_cheerful 4:0.15 5:0.23 11:0.11 12:0.11
b:and_chipped 6:0.11
b:and_chips 5:0.19
b:and_clean 1:0.34 3:0.22 4:0.14 5:-0.31 8:-0.11
b:and_cleaned 5:0.5
b:and_clearly 2:0.14 4:0.1
b:and_clients 0:-0.11
b:and_complaints 0:-0.3 6:0.13
b:and_contacts 5:-0.17
b:and_couldnt 2:0.13
b:and_counting 6:-0.12
b:and_customers 0:0.45 1:-0.17 2:-0.15 4:-0.16 10:0.21 13:-0.1
b:and_cut 6:-0.11
b:and_dave 5:0.15
b:and_described 6:-0.12
b:and_didnt 1:0.42 2:-0.31 4:-0.2 6:0.23
b:and_dismissive 5:-0.23 6:0.2
b:and_does 5:0.56
b:and_doesnt 1:0.15 6:0.11
b:and_dont 0:-0.12 1:-0.14 5:0.24
b:and_drinks 0:-0.12
b:and_drove 5:0.23 6:-0.13 12:0.12
b:and_dust 5:-0.22
b:and_each 0:-0.22 2:-0.33
b:and_easy 3:-0.1 6:0.15 8:0.17
b:and_emailed 0:0.12
b:and_encouraging 5:0.27
b:and_end 13:-0.13
b:and_ended 0:-0.12 1:-0.12
b:and_even 0:-0.23 1:0.17 3:0.15 9:0.1
b:and_every 0:-0.19 4:0.12 5:0.15
b:and_explained 0:0.35 1:-0.14 2:0.1 4:0.23 5:0.17 11:-0.11 12:0.1 13:0.26
b:and_explaned 6:0.14
b:and_fair 11:0.11
b:and_families 1:-0.16
b:and_filled 1:0.35
b:and_find 1:-0.12
b:and_fixed 5:0.23
b:and_for 2:0.1 12:-0.25
b:and_found 0:-0.21 2:0.11 11:-0.11
b:and_friendly 0:0.13 6:0.21
b:and_full 0:0.14 4:0.14 5:-0.15 6:0.19
b:and_gave 0:0.25 4:0.11 5:0.68 9:0.11
b:and_generous 5:0.18
b:and_go 6:0.25
b:and_good 0:0.15 3:-0.22 5:0.13
b:and_got 1:0.15 2:0.55 4:-0.3 6:-0.18 11:0.12
b:and_guests 0:0.14 5:-0.18
b:and_had 0:1.04 2:-0.19 3:0.47 5:0.27 6:-0.13 7:0.24 10:-0.12 12:0.18 13:0.11
b:and_half 0:-0.12 1:-0.15 5:0.57 12:-0.2
b:and_happy 0:0.12 3:-0.2
b:and_has 0:0.2 2:0.33
b:and_have 0:-0.12 6:0.15
b:and_he 1:0.22 5:-0.5 6:-0.39 7:0.15 8:0.17 9:0.16 11:-0.11 12:-0.2
b:and_heard 0:-0.12
b:and_hed 1:0.17 5:0.19
b:and_helped 5:-0.19
b:and_helpfull 5:-0.11
b:and_her 6:0.14
b:and_hes 5:0.33
b:and_honest 1:-0.14 2:0.15
b:and_honestly 2:0.23 3:-0.14 4:0.12 5:-0.4
b:and_hoovered 1:0.1 10:0.12
b:and_hope 0:-0.18 6:0.1
b:and_how 2:-0.2 4:-0.15
b:and_hung 1:0.19 6:-0.13
b:and_i 0:-0.12 1:-0.17 3:0.16 4:-0.41 6:-0.25 7:-0.17 9:-0.16 11:-0.29
b:and_id 2:-0.17
b:and_ill 5:-0.15
b:and_im 0:0.15 1:-0.12 3:0.12 10:-0.15
b:and_in 0:0.5 5:-0.12
b:and_insisted 2:0.11 5:-0.11
b:and_it 0:0.46 1:-0.36 2:0.2 3:-0.14 4:-0.25 5:0.23 6:-0.36 9:-0.2 11:0.32 12:0.31
b:and_its 0:-0.13 1:0.11 5:0.16 7:-0.12
b:and_ive 0:0.13 1:-0.23 2:0.25 4:0.35 7:0.17 11:-0.13
b:and_just 0:-0.14 1:-0.11 2:-0.1 5:0.5
b:and_kept 1:0.28 2:-0.18 6:-0.12
b:and_kind 1:0.15 3:-0.22
b:and_knew 0:-0.13 1:0.33 2:0.27 4:0.12 5:-0.17 9:0.14 12:0.12
b:and_knocked 0:-0.17 2:0.21 4:0.19 5:0.12 11:0.1
b:and_know 1:0.14 6:-0.15
b:and_knows 2:0.2 5:-0.11 6:0.18
b:and_leaves 0:0.13 10:-0.14
b:and_leaving 3:0.28 4:-0.18
b:and_left 0:0.44 3:0.24 5:-0.58
b:and_let 0:0.2 1:0.12 6:0.26
b:and_lets 5:-0.24
b:and_made 5:-0.15
b:and_miss 5:-0.11 8:-0.11
b:and_most 1:0.12 2:0.19 4:-0.19 5:0.17 6:0.16 8:0.18
b:and_moved 1:0.3 2:-0.13
b:and_mums 6:-0.1
b:and_my 0:-0.11 2:0.14 5:0.12 6:-0.31
b:and_needed 2:-0.15 4:0.13
b:and_neither 0:-0.11 6:-0.11
b:and_never 0:0.22 1:0.45 2:-0.16 4:-0.13 5:-0.11 6:0.1 8:0.18
b:and_no 0:0.41 1:-0.22 2:-0.44 4:-0.17 5:-0.46 6:0.51
b:and_nobody 0:0.22 5:-0.26 8:0.11 9:-0.21 12:-0.22 13:-0.23
b:and_none 6:0.13
b:and_not 0:0.11 2:0.1 3:0.27 4:-0.11 5:0.51 11:0.11
b:and_nothing 0:0.11
b:and_now 0:-0.16 5:0.4 12:-0.12
b:and_offered 2:-0.13 4:-0.28 6:0.16
b:and_old 5:-0.15 10:-0.19
b:and_on 5:-0.15
b:and_one 0:-0.32 1:-0.27 2:-0.35 3:-0.14 4:0.14 6:0.26 12:-0.11
b:and_only 0:0.13 2:-0.1
b:and_out 0:0.39 2:-0.15 3:0.14 4:-0.39 5:-0.24 6:-0.22
b:and_over 6:0.22
b:and_overpriced 3:-0.32 4:0.11 5:0.28 12:-0.11
b:and_p 5:0.18
b:and_paid 0:-0.1 6:0.24
b:and_painless 5:0.16
b:and_parents 5:0.14
b:and_people 0:0.18 5:0.17 6:-0.15
b:and_phoned 9:0.1
b:and_pointed 1:0.21
b:and_polish 0:-0.11 5:-0.12
b:and_put 0:-0.2 3:-0.12 5:0.2 12:0.1
b:and_quick 0:0.13 1:-0.24 5:0.15
b:and_quoted 1:0.17
b:and_really 1:0.2 2:0.22 3:0.15 9:0.12
b:and_reassuring 5:-0.12
b:and_reception 1:-0.23 6:0.18
b:and_recommended 1:0.23
b:and_referred 0:-0.11
b:and_request 5:0.18
b:and_reset 5:-0.19
b:and_round 6:0.16
b:and_safety 3:-0.27
b:and_said 0:-0.18 1:0.33 2:0.27 3:-0.14 4:0.26 5:-0.27 6:-0.11 7:0.12 11:-0.1
b:and_saved 0:-0.18 2:0.33
b:and_see 0:-0.14
b:and_sends 6:0.19
b:and_sent 1:-0.29
b:and_several 2:0.22 3:0.12 4:0.31 5:-0.1 9:0.13 10:0.13 11:-0.14
b:and_she 1:0.59 2:-0.22 5:0.88 12:0.24
b:and_shes 5:0.13
b:and_showed 1:-0.11 2:0.15 3:-0.15 4:-0.11 5:-0.12
b:and_sighed 5:0.14
b:and_smells 2:0.12
b:and_so 3:0.28
b:and_some 0:-0.36 6:0.15
b:and_sorted 1:0.18 5:0.19
b:and_spotless 0:0.11 1:-0.13 3:-0.18 5:0.21
b:and_staff 1:0.44 8:-0.14
b:and_stayed 1:0.1 5:0.16
b:and_steered 0:-0.12 5:0.21 11:0.16
b:and_still 0:-0.16 1:0.11 4:-0.3 5:0.31 9:-0.15
b:and_students 0:0.12
b:and_swimmers 0:-0.15 3:0.13
b:and_talked 0:0.16 2:0.11 4:0.1 6:0.29 12:0.1
b:and_tasted 3:-0.12
b:and_tasty 5:0.11
b:and_tell 6:-0.18
b:and_ten 5:-0.2 6:-0.27
b:and_texted 5:0.25 12:-0.11
b:and_that 0:-0.21 1:0.16 2:-0.34 4:-0.19 5:-0.3 6:0.31 9:0.12 11:0.11
b:and_thats 3:-0.15 5:-0.17 6:-0.1
b:and_the 0:0.69 1:0.35 2:0.5 3:0.47 4:0.53 5:0.97 9:-0.31 10:0.2 12:0.21
b:and_their 3:0.16
b:and_then 1:0.44 2:0.26 4:-0.4 5:0.13 6:-0.21 8:0.14 9:-0.12 13:-0.2
b:and_there 0:-0.18 2:-0.15 3:0.11 5:0.13 6:-0.15
b:and_theres 0:-0.22 2:-0.18 3:-0.19 5:0.36 6:-0.12 12:-0.14
b:and_they 0:0.48 1:-0.32 2:-0.28 3:0.24 4:0.28 5:-0.27 7:0.25 10:0.18 13:0.26
b:and_theyd 1:0.17
b:and_theyre 1:-0.12 2:0.12 5:0.36 6:-0.1
b:and_this 5:-0.24
b:and_three 2:0.11
b:and_tidy 3:0.17 5:-0.13
b:and_to 5:0.11
b:and_told 2:0.29 4:-0.19 6:-0.21 9:0.36
b:and_took 0:-0.35 2:-0.13 3:0.15 4:0.73
b:and_turned 1:-0.15
b:and_tv 5:-0.26
b:and_twice 0:-0.23 2:0.14 5:0.32
b:and_two 0:-0.19 8:-0.11 12:-0.1
b:and_waited 0:-0.15
b:and_waiting 6:-0.1
b:and_walk 0:0.24
b:and_walked 1:-0.12
b:and_warm 1:-0.16 3:0.1 5:0.39
b:and_warned 2:0.12 6:-0.3
b:and_was 0:0.74 2:-0.15 6:-0.15
b:and_we 2:0.46 4:0.34 6:0.12 13:-0.19
b:and_wed 5:0.11
b:and_went 0:-0.35 1:-0.16 2:0.15 5:-0.42 6:0.32 10:-0.16
b:and_were 0:0.15 1:0.12 2:-0.14 5:0.31 6:0.23 12:0.15
b:and_weve 3:-0.1 4:0.12 6:-0.17
b:and_what 1:-0.32 2:-0.23 4:-0.16 6:0.31 13:0.11
b:and_when 0:0.23 2:0.1 4:-0.15 5:0.15 6:0.28 7:-0.11 8:-0.18
b:and_which 2:0.32 4:-0.12 5:-0.15
b:and_why 2:-0.17 5:-0.24 6:0.18 13:0.12
b:and_wiped 10:-0.12
b:and_wouldnt 0:-0.14 1:0.37 4:0.15 8:-0.11 13:-0.11
b:and_wrote 1:-0.11 5:0.25
b:and_you 5:0.16 6:-0.2 12:-0.12
b:and_£ 0:-0.1 6:0.2 13:0.17
b:angry_about 5:0.15
b:announcements_are 2:-0.2 6:0.35
b:annual_membership 2:-0.11
b:another_40 5:-0.15
b:another_5000 1:0.26 2:0.11 4:-0.18
b:another_day 0:0.13 5:-0.13
b:another_garage 2:0.17 4:-0.11 5:0.22
b:another_letter 1:-0.19 6:0.13 13:-0.12
b:another_price 6:-0.23
b:another_said 0:-0.18 2:0.13
b:another_story 5:0.27
b:another_well 5:-0.12 6:0.12
b:another_when 0:-0.17 1:-0.11
b:another_your 6:-0.13
b:another_£ 6:0.18
b:answer_a 0:-0.24 2:0.12
b:answer_basic 1:0.2 2:0.23
b:answer_customers 2:-0.2
b:answer_questions 2:0.2
b:answer_the 0:0.2 6:-0.23
b:answer_to 2:0.28 5:-0.18
b:answered_every 1:-0.25 2:-0.37 3:-0.12 6:0.48 13:0.14
b:answered_in 0:0.11 1:0.12 6:-0.12
b:answered_my 6:0.3
b:answered_the 5:-0.22 8:0.11
b:answered_was 1:0.19
b:answering_emails 6:0.22
b:answers_about 2:0.13 5:0.11 6:-0.18
b:answers_depending 9:0.18
b:answers_emails 5:0.11
b:answers_in 0:-0.16
b:answers_ranged 1:-0.11
b:answers_the 0:-0.1
b:anti_glare 5:0.18
b:any_announcement 5:0.12
b:any_argument 1:-0.19 6:0.12
b:any_delay 5:0.25
b:any_fuss 0:0.11 1:-0.12 2:0.21 3:0.11 5:-0.37 6:0.25
b:any_more 0:0.16 2:0.27 6:-0.3 7:0.12
b:any_notice 6:0.14
b:any_of 1:-0.12 6:-0.17
b:any_particular 1:-0.17
b:any_pressure 1:0.23
b:any_problem 2:-0.12
b:anyone_came 4:0.2
b:anyone_could 9:-0.13
b:anyone_else 2:-0.19 5:0.3
b:anyone_had 6:0.22
b:anyone_know 2:-0.24
b:anyone_tell 9:0.12
b:anyone_to 0:-0.21 5:0.27 6:0.21
b:anyone_took 0:-0.19 2:0.16
b:anyone_who 0:-0.11 5:-0.13
b:anyones_bothered 2:0.18
b:anything_about 0:-0.1 1:0.23 5:-0.18 8:-0.11
b:anything_at 5:0.35 11:0.14
b:anything_but 0:0.51 1:-0.27 4:0.26 5:-0.14 8:0.19 12:0.19
b:anything_extra 0:-0.15 4:0.11
b:anything_i 1:0.18
b:anything_is 5:-0.13 6:0.18
b:anything_on 1:0.11 5:-0.11 6:-0.14
b:anything_to 5:0.16
b:anything_was 1:-0.11 2:0.2 9:-0.11
b:anywhere_else 1:0.13 5:-0.2 11:0.14
b:anywhere_near 0:0.24
b:apart_after 4:-0.27
b:apart_in 4:-0.22 5:0.1
b:apologetic_and 0:0.19 1:0.1 3:0.23
b:apologise_and 5:0.14
b:apologise_for 0:0.11
b:apologise_when 2:-0.18 5:0.4
b:apologised_properly 0:-0.1 4:-0.11
b:apologising_for 6:0.15
b:app_and 6:-0.24
b:app_are 0:0.19 5:-0.14 6:-0.15
b:app_crashes 5:0.13 6:-0.18
b:app_gives 5:0.14
b:app_is 3:-0.11 6:-0.31
b:app_now 12:0.17
b:app_said 0:0.43 2:-0.18 6:0.48 7:-0.12
b:app_says 1:-0.17 5:-0.11 6:0.38 13:-0.11
b:app_shows 0:0.16 7:0.14
b:app_still 0:-0.36 5:-0.12
b:app_support 0:0.19
b:app_texts 0:-0.12 5:-0.12 6:0.15
b:app_to 5:0.16
b:appealed_my 5:0.39
b:appeared_at 0:-0.13 6:0.24
b:application_was 2:0.2
b:applied_for 0:0.25
b:appointment_at 0:0.22 6:0.11
b:appointment_letter 6:0.31
b:appointment_ran 0:0.1
b:appointment_the 0:0.13
b:appointment_time 1:-0.1
b:appointment_was 4:0.11 6:-0.16
b:appointment_with 0:0.32
b:appointments_are 5:0.14
b:appreciate_that 1:0.17
b:appreciate_the 5:-0.11 8:-0.12
b:appreciated_being 6:0.13
b:appreciated_finding 6:0.2
b:appreciated_it 13:-0.15
b:appreciated_that 0:-0.13 6:0.12
b:appreciated_the 2:-0.11 3:-0.31 5:0.26 13:-0.16
b:are_a 1:-0.16 2:-0.2 3:-0.27 4:0.24 5:-0.14 8:-0.1
b:are_about 0:0.11 4:-0.2 5:-0.22
b:are_always 0:-0.16
b:are_being 2:-0.14 6:0.18
b:are_brilliant 2:0.11 6:0.1
b:are_broken 5:0.29 10:0.14
b:are_complaining 0:0.18
b:are_covered 2:-0.12
b:are_double 5:0.24
b:are_down 0:-0.25
b:are_fair 0:0.13 5:-0.26
b:are_fantastic 1:0.1 5:-0.2
b:are_far 2:-0.12 5:0.31
b:are_filthy 2:0.16 3:0.13 5:-0.14
b:are_friendly 1:0.14 3:0.13 5:0.16
b:are_furious 0:0.21
b:are_getting 1:-0.11 2:0.17 3:-0.16 6:0.18
b:are_going 0:0.1 3:0.22 5:-0.14 6:-0.14
b:are_gone 0:0.13
b:are_grim 1:-0.12
b:are_high 2:0.13
b:are_impossible 6:0.26
b:are_kind 3:0.42
b:are_left 0:0.16
b:are_like 5:0.22
b:are_lovely 0:-0.2 1:-0.15 3:-0.16 5:-0.2 12:-0.1
b:are_mostly 5:0.11 6:0.13
b:are_not 0:-0.21 1:-0.16 5:-0.25 6:0.3
b:are_noticing 0:0.17 6:-0.11
b:are_now 1:0.12 2:-0.12 6:0.13
b:are_off 1:-0.16
b:are_on 0:0.1
b:are_open 5:0.17
b:are_out 2:0.42
b:are_people 2:0.17 4:-0.12 13:-0.17
b:are_perfect 5:0.13
b:are_polite 2:0.14
b:are_rarely 5:0.14
b:are_reasonable 0:0.13
b:are_regularly 2:0.21 6:-0.16
b:are_rightly 6:-0.14
b:are_rubbish 1:-0.19
b:are_short 5:0.28
b:are_shot 5:0.19
b:are_so 1:0.18 4:-0.2 5:0.1 6:-0.15
b:are_still 4:0.14
b:are_the 0:-0.16 5:-0.19
b:are_thrilled 5:0.15 6:0.15 12:0.11
b:are_two 11:0.14
b:are_understandably 2:0.11 6:-0.37
b:are_useless 0:-0.17 4:0.1
b:are_very 5:-0.12
b:are_way 0:0.11
b:area_every 0:-0.15 6:0.16
b:area_is 5:-0.1
b:area_was 3:0.12
b:arent_cheap 5:-0.1
b:arent_getting 0:0.18
b:arent_stuck 0:0.29 7:0.13
b:argue_with 0:0.16 1:0.14 4:0.22 5:-0.15 11:0.17
b:around_£ 5:-0.11
b:arrive_late 4:-0.11
b:arrive_within 0:0.22 6:0.16
b:arrived_and 0:-0.11 6:0.22
b:arrived_at 1:-0.12 2:0.13 3:0.15 12:-0.11
b:arrived_cold 5:0.11
b:arrived_for 5:-0.12 6:0.21
b:arrived_four 4:-0.14 6:0.13 7:-0.11
b:arrived_in 0:0.34 1:0.16 4:0.16 5:0.35
b:arrived_late 0:-0.12 7:0.15
b:arrived_on 0:0.18 5:0.24
b:arrived_with 0:-0.33 5:0.58 12:-0.21
b:arrived_within 1:0.13 2:0.12 4:0.15 5:-0.17
b:as_a 0:0.32 3:0.41 4:0.13 5:-0.25 6:-0.15 7:-0.11 8:-0.16 10:0.12 11:0.12
b:as_always 0:-0.36 1:-0.46 5:-0.18
b:as_an 1:-0.13 2:0.1 4:-0.18 5:0.2
b:as_anything 4:0.27 12:0.2
b:as_cheap 12:-0.11
b:as_chips 0:0.13 4:0.25 5:-0.33 11:0.32
b:as_clean 3:0.11 5:-0.21
b:as_fast 0:-0.15 5:0.36
b:as_friendly 2:0.17 6:-0.19
b:as_good 0:-0.12 5:0.28
b:as_grubby 0:-0.1 3:0.12
b:as_hit 5:-0.12 8:-0.11
b:as_i 5:0.29 6:-0.12
b:as_ice 1:0.17 5:-0.16 8:-0.12
b:as_if 1:0.36 2:-0.11
b:as_it 1:0.16 5:-0.13 6:-0.14
b:as_last 1:0.2
b:as_long 0:0.49 1:0.16 5:-0.29
b:as_not 3:-0.22 6:0.11
b:as_on 0:-0.24 5:-0.13
b:as_owt 4:0.15
b:as_polite 1:0.1
b:as_promised 0:0.37 1:-0.17 2:0.25 3:0.15 7:0.31
b:as_proper 5:0.1
b:as_she 1:-0.1 4:-0.11 9:-0.11
b:as_spotless 0:0.14 3:0.1 5:-0.1 10:0.17
b:as_steep 5:-0.1
b:as_the 0:0.14 1:-0.19 2:0.15 3:-0.13 4:-0.17 6:-0.51 9:0.13
b:as_they 0:0.28 1:0.16
b:as_usual 0:-0.11
b:as_warm 0:-0.14
b:as_well 0:0.14 6:0.12 9:-0.11
b:as_you 0:0.35
b:ask_a 6:-0.18
b:ask_about 0:-0.13 1:-0.15 2:0.45 5:-0.25 6:-0.34
b:ask_every 6:0.12 11:-0.12
b:ask_for 0:-0.34 1:0.23 4:0.15 6:0.14 8:-0.11 11:0.11 12:0.12 13:0.15
b:ask_how 1:0.26 2:-0.11
b:ask_me 0:0.11 2:0.29 5:-0.16 9:-0.2
b:ask_more 0:0.31
b:ask_someone 6:-0.12
b:ask_the 0:-0.19 8:0.11
b:ask_three 5:-0.13 8:-0.11
b:ask_us 2:0.11 5:0.37 6:0.12
b:ask_we 2:0.17 6:0.22
b:ask_what 0:-0.17 1:-0.1
b:ask_whether 1:-0.21 2:-0.19
b:ask_why 11:0.14
b:asked_about 0:-0.14 1:-0.12 5:0.12 6:-0.24 11:0.12 13:0.12
b:asked_before 4:0.14
b:asked_for 0:0.18 1:0.29 2:-0.23 5:1.02 12:-0.11 13:-0.15
b:asked_him 1:0.25 6:-0.17
b:asked_how 0:-0.54 2:-0.34 5:-0.2 6:-0.21
b:asked_if 1:0.65 2:0.77 3:-0.14 5:-0.25 6:-0.26 12:0.15
b:asked_the 0:-0.29 1:-0.63 2:0.21 5:-0.79 6:0.17
b:asked_three 2:0.14
b:asked_to 2:-0.21 3:-0.11 6:-0.13
b:asked_twice 0:0.11 5:0.19 6:0.25
b:asked_what 1:0.15 4:-0.21
b:asked_where 1:0.31
b:asked_whether 1:-0.17 2:0.19 5:-0.12 6:0.12 13:-0.11
b:asked_why 4:-0.24 6:0.21
b:asking_about 4:0.13 5:-0.12
b:asking_and 5:-0.13
b:asking_for 2:0.21 4:-0.12 5:0.27 6:-0.11 9:0.11 13:0.16
b:asking_me 2:-0.15 6:0.1
b:asking_us 6:0.34
b:asking_what 6:-0.18
b:asking_where 1:0.11 2:0.14 13:-0.13
b:asking_why 4:0.12 11:-0.15
b:asleep_on 1:0.26 5:-0.19 8:-0.11
b:assistant_at 5:0.13 6:0.16
b:assistant_recommended 1:-0.12 2:0.12 5:0.36 9:0.11
b:assistant_said 2:0.14
b:at_1 0:0.22 5:-0.13
b:at_10 0:0.2 5:-0.12 6:0.33
b:at_11 0:0.34 1:0.48 5:-0.28 8:0.14
b:at_2 0:-0.3 2:-0.18 13:0.26
b:at_3 5:-0.16 6:-0.17 7:0.18
b:at_4 0:-0.13 2:-0.2 5:-0.23
b:at_5 5:0.23 6:-0.24 7:-0.12
b:at_6 0:0.33
b:at_7 0:0.57 5:-0.15 6:0.13
b:at_8 0:0.36 1:-0.21 2:-0.26 3:0.21 4:-0.26 6:-0.1
b:at_9 0:0.63 4:-0.15 5:-0.29 6:-0.39 7:0.11
b:at_a 0:0.31 1:0.17 5:-0.25
b:at_all 1:-0.14 2:-0.63 3:-0.18 5:0.22 6:0.15 8:0.2 11:0.13 13:-0.12
b:at_checkout 0:-0.34 1:-0.11 3:-0.11 4:0.11 6:0.22
b:at_closing 5:-0.32
b:at_departures 5:-0.33
b:at_desk 0:-0.15 6:0.25
b:at_drop 4:-0.13 5:-0.11
b:at_each 0:0.21
b:at_every 0:-0.16 4:0.18 5:0.24 13:0.14
b:at_first 1:-0.12
b:at_four 5:-0.12
b:at_half 1:-0.22 2:0.28
b:at_her 1:0.1
b:at_him 1:0.12
b:at_home 0:-0.33 1:-0.17 2:-0.39 3:-0.34 5:0.7 6:0.25 12:0.13
b:at_it 5:0.23 11:0.13 12:-0.14
b:at_least 5:0.13 6:0.19
b:at_length 0:0.11 4:-0.13
b:at_lunch 5:0.22 12:0.1
b:at_lunchtime 1:-0.17 2:0.34 5:0.26 6:0.13 7:-0.1
b:at_me 1:0.33 2:-0.2 5:0.45 6:0.15 8:-0.5 12:-0.1
b:at_my 0:-0.17 1:0.41 2:0.5 5:-0.13 7:0.18
b:at_night 4:-0.11 5:-0.2
b:at_nine 1:-0.1
b:at_no 1:0.12
b:at_one 0:0.13
b:at_our 5:0.6 6:0.11
b:at_pickup 6:0.23
b:at_reception 3:0.16 5:-0.2
b:at_renewal 4:0.2
b:at_st 4:0.14
b:at_ten 0:-0.2 2:0.13 5:-0.21
b:at_that 0:-0.14 2:0.12 4:0.14 5:-0.18
b:at_the 0:-0.17 1:0.49 2:0.29 3:-0.38 4:-0.22 5:-0.4 6:0.17 8:0.16 9:0.17 11:-0.13 12:0.37
b:at_their 1:-0.25
b:at_them 1:-0.11
b:at_this 0:-0.21 2:0.19 4:-0.1 5:-0.27
b:at_three 5:-0.13
b:at_us 4:0.16
b:at_weekends 0:0.17 5:0.22 6:-0.1
b:at_when 6:-0.12
b:at_work 0:-0.13 5:-0.11
b:at_your 4:-0.24 5:0.11
b:at_£ 1:0.22 2:0.13 3:0.12 4:0.22 5:0.31 6:-0.17
b:ate_my 5:0.15
b:attentive_and 5:0.11
b:auto_reply 0:0.15 5:0.12
b:automated_acknowledgement 5:0.14
b:automated_email 2:-0.1
b:automated_phone 0:0.12
b:away_and 3:-0.16 5:-0.21 6:0.13
b:away_for 0:0.13 1:-0.13 4:0.13 6:0.28
b:away_from 1:0.1
b:away_it 0:-0.14 5:0.14 12:0.12
b:away_with 1:0.11 3:0.17
b:awful_experience 0:-0.15 5:-0.26 6:-0.28
b:b_4 5:-0.19
b:b_b 1:-0.12 5:0.22
b:b_back 5:0.19
b:back_about 0:-0.21 5:-0.16
b:back_again 6:-0.12
b:back_and 6:0.23
b:back_at 2:-0.1 6:-0.29
b:back_because 0:-0.18 6:-0.11
b:back_before 5:0.22
b:back_clean 3:-0.15 5:0.14
b:back_for 0:0.22 12:0.15
b:back_from 5:0.35
b:back_i 0:0.29 5:-0.17 6:0.12
b:back_in 0:0.39 4:-0.13 5:0.33 7:0.17 12:0.15
b:back_next 5:-0.13
b:back_of 0:0.11 5:-0.18
b:back_on 0:0.25 1:0.29 2:-0.2 4:0.29 5:-0.29 6:-0.17
b:back_pain 1:-0.16 2:0.11
b:back_past 5:-0.12
b:back_room 2:-0.11
b:back_seat 3:0.25
b:back_seats 3:0.3
b:back_smelling 5:0.34
b:back_street 1:0.26
b:back_that 0:-0.2 6:0.1 11:-0.14
b:back_the 0:-0.17 1:-0.14 4:0.15 5:0.11 6:-0.29
b:back_they 5:0.35
b:back_three 5:0.22 6:-0.11
b:back_thursday 0:-0.25 1:0.17 2:0.14 5:-0.11 9:0.1
b:back_to 0:-0.2 1:-0.25 2:-0.25 4:-0.18 6:0.2 7:-0.17 9:-0.12 10:-0.21
b:back_tomorrow 0:0.22
b:back_twice 1:0.13 2:-0.13 5:0.14 12:-0.16
b:back_two 6:-0.11
b:back_w 6:0.2
b:back_with 1:-0.5 2:-0.14 3:0.55 5:-0.2 9:0.16
b:back_within 0:-0.53 5:-0.12 6:0.31
b:bad_about 4:0.22 5:-0.11
b:bad_at 1:-0.13 5:0.11
b:bad_for 0:0.16 7:0.26
b:badly_in 6:-0.35
b:bag_drop 0:0.11 5:-0.1
b:bag_in 5:-0.11
b:bag_of 5:0.15 11:0.27
b:bag_was 0:0.12 5:-0.33
b:bahut_accha 5:0.11
b:ball_pit 3:0.13
b:band_played 1:-0.34
b:bang_on 0:0.25 1:-0.13 2:0.12 5:-0.4
b:bank_and 5:-0.26
b:bank_branch 1:0.16
b:bank_holiday 0:0.21 2:-0.2
b:bank_statement 1:0.36 2:-0.12
b:banks_fraud 3:-0.16 5:0.15
b:banks_new 4:0.11 5:0.13 6:-0.11
b:banks_phone 6:-0.15
b:bar_prices 5:-0.16
b:bar_staff 0:0.19 6:0.18
b:barber_was 6:-0.25
b:barely_looked 2:0.34 5:-0.14 6:0.19 9:-0.11
b:barely_said 6:-0.25
b:barked_at 0:-0.25
b:barman_knew 1:-0.1 5:0.31
b:base_is 5:-0.23
b:basic_questions 1:0.22 2:0.21
b:basically_stopped 4:-0.11 6:0.33 13:0.16
b:bathroom_and 2:0.14 3:-0.12 10:-0.14
b:bathroom_was 0:-0.23 5:-0.25
b:battery_and 2:-0.18
b:be_a 1:-0.15 2:0.2 5:-0.14
b:be_answered 4:-0.28 6:-0.14 7:-0.13
b:be_back 0:-0.12 1:-0.29 3:0.12 5:-0.15
b:be_cleaned 5:0.11 10:-0.21
b:be_fair 0:0.25 2:-0.11 3:0.17 5:0.71 6:0.18
b:be_fine 1:-0.1 2:0.23
b:be_fixed 4:0.13
b:be_good 0:-0.1 6:-0.21
b:be_grateful 0:-0.24 5:0.16
b:be_greeted 1:-0.31 3:0.33
b:be_honest 1:0.22
b:be_in 0:0.12
b:be_nice 2:0.24 4:-0.17 5:-0.13 10:-0.11
b:be_on 2:0.3
b:be_paying 0:0.11
b:be_ready 0:0.4 2:-0.33 5:0.14 6:0.16
b:be_seen 0:-0.2 1:0.13 6:0.11
b:be_the 0:-0.17 2:0.13
b:be_thursday 0:0.37
b:be_told 6:-0.17
b:be_two 0:0.15
b:be_valid 5:0.13
b:be_with 0:0.21 5:-0.12
b:beaucoup_to 5:0.11
b:beautiful_and 1:-0.11
b:beautiful_job 0:0.16
b:because_her 5:0.19
b:because_i 0:-0.23 8:0.19 13:0.13
b:because_it 0:-0.33 1:0.33 5:-0.32 6:-0.26
b:because_its 1:0.11
b:because_my 0:0.14 5:-0.17
b:because_nobody 0:-0.2 2:-0.19 5:-0.14
b:because_of 0:0.2 1:0.12 2:-0.1 5:0.21 7:-0.17
b:because_our 5:-0.19
b:because_she 2:0.21 9:0.15
b:because_the 0:0.41 1:-0.44 2:0.18 4:0.28 5:0.6 6:-0.14 10:0.11 11:0.1 13:-0.12
b:because_their 6:-0.21
b:because_there 2:0.11
b:because_theres 5:0.15
b:because_they 2:-0.17 4:0.13 5:-0.22 6:0.53
b:because_two 0:-0.14
b:because_we 6:-0.14
b:bed_was 5:0.14
b:bedroom_was 5:-0.45
b:been_a 0:0.11 1:-0.33 4:0.22 5:-0.17
b:been_at 6:0.4
b:been_back 5:0.13
b:been_brilliant 0:-0.2 5:0.43
b:been_broken 5:-0.49
b:been_cancelled 5:0.37
b:been_charged 4:-0.2 6:-0.12
b:been_cleaned 3:-0.13 5:-0.11 10:-0.11
b:been_cleaner 0:0.12 3:0.11
b:been_coming 5:-0.12 6:0.11 13:0.1
b:been_complaining 2:0.18
b:been_complimenting 1:-0.1 5:0.16
b:been_down 5:-0.15 6:-0.18
b:been_emptied 1:0.13 5:-0.17 6:-0.14
b:been_faultless 3:-0.15 5:0.3
b:been_fine 0:0.14 5:0.37
b:been_given 5:0.27 12:0.11
b:been_going 2:-0.17
b:been_here 5:-0.13
b:been_hunting 2:0.2
b:been_in 2:-0.17
b:been_kept 7:0.2
b:been_leaking 3:0.22 5:-0.14
b:been_missed 0:-0.24 5:0.15
b:been_more 0:-0.11 1:0.26 6:-0.12
b:been_nearly 0:0.13 1:-0.1 5:0.12
b:been_nicer 0:0.15 1:0.43 2:0.13 8:0.14
b:been_on 0:0.22
b:been_out 0:0.37 1:0.1 2:-0.13 3:-0.13 5:-0.13 6:-0.22 13:-0.13
b:been_perfect 2:-0.14 5:0.1
b:been_quoted 5:0.17
b:been_really 1:-0.12 2:0.11
b:been_refitted 5:-0.23
b:been_reported 6:-0.12
b:been_sent 6:0.18
b:been_serviced 2:0.14
b:been_stood 0:0.24 1:0.12 2:-0.11
b:been_there 0:0.24
b:been_to 1:-0.13
b:been_told 0:-0.42 1:0.21 2:-0.45 4:-0.22 6:0.52 10:-0.11
b:been_trained 5:0.16
b:been_updated 2:0.13 6:-0.18
b:been_waiting 0:-0.27 6:0.27
b:been_warned 2:0.13 4:0.14 5:-0.14 11:0.11
b:been_with 0:0.19 1:-0.16
b:beer_garden 5:-0.29
b:before_a 3:0.33 6:0.15
b:before_and 0:-0.22 1:-0.15 3:-0.1 6:0.11
b:before_anyone 3:-0.11 4:0.18 9:-0.13
b:before_choosing 1:0.17
b:before_doing 1:-0.36 2:-0.15 4:0.28 6:0.16
b:before_every 5:0.14
b:before_he 0:0.13 5:-0.13 6:0.17 10:0.14
b:before_i 0:0.46 1:-0.18 2:0.13 4:-0.24 5:0.29 6:0.18
b:before_id 0:0.1 1:0.17 2:0.12 5:-0.25 6:-0.21 7:0.12 13:0.11
b:before_it 0:-0.21 4:-0.3
b:before_leaving 0:0.12 5:-0.19 10:0.19
b:before_lunch 0:0.5 5:-0.2
b:before_moving 1:0.25
b:before_my 0:0.11 1:0.12 2:-0.17
b:before_our 5:0.11
b:before_saying 2:0.36 9:-0.11
b:before_she 1:-0.25 4:0.1
b:before_someone 9:-0.14
b:before_starting 0:-0.15 4:-0.17
b:before_the 0:0.19 1:-0.23 4:-0.14 13:-0.21
b:before_to 0:-0.16 2:-0.12 6:0.12
b:before_touching 1:-0.13
b:before_using 2:0.15 10:-0.13
b:before_we 1:-0.14 5:0.17 6:-0.22
b:before_with 0:-0.16 6:0.15 13:0.14
b:beforehand_to 6:0.2
b:behind_a 1:-0.33 2:-0.14 6:0.22
b:behind_and 0:-0.17
b:behind_it 0:-0.14 1:0.25
b:behind_me 1:0.16
b:behind_the 0:0.35 1:0.3 2:0.17 5:-0.12 6:0.12 7:0.11 9:0.11
b:being_asked 1:-0.14 2:-0.11 5:-0.12
b:being_four 1:0.22
b:being_looked 0:-0.12
b:being_offered 6:-0.1
b:being_passed 6:0.13
b:being_pushed 1:0.11 6:0.16
b:being_seen 1:-0.1
b:being_shouted 0:-0.15
b:being_told 0:0.25 2:0.13 4:-0.11 5:0.19 6:0.15
b:believe_it 0:0.22 1:-0.18 5:0.15 6:-0.12 7:0.18 12:0.12
b:best_carbonara 5:0.16
b:best_chippy 0:0.34 5:0.12
b:best_decision 5:-0.11
b:best_fade 5:0.11 12:0.11
b:best_fish 4:-0.1
b:best_full 5:0.13
b:best_haircut 5:0.12
b:best_in 3:-0.37 5:0.38 6:-0.16
b:best_ive 2:-0.16 5:0.17 6:0.14
b:best_part 5:0.11
b:best_thing 2:-0.11 6:0.15
b:best_value 4:0.89 5:-0.46 11:0.27
b:best_way 2:0.21 5:-0.18
b:better_deal 4:0.12
b:better_than 1:-0.38 2:0.25 3:0.18 5:0.54 6:-0.17 8:0.12 12:0.34
b:between_8 0:0.1 5:-0.15
b:between_a 2:0.14
b:between_customers 3:0.14
b:between_departments 6:0.13
b:between_every 3:0.19
b:between_four 0:0.15 2:-0.13 5:0.17 6:0.13
b:between_the 1:-0.16 2:0.12 6:0.13
b:beyond_a 5:-0.11
b:beyond_repair 1:0.18 2:0.13 5:-0.21
b:beyond_the 4:0.22
b:bien_! 1:-0.15
b:big_chains 5:-0.15
b:big_shop 2:0.14
b:big_supermarket 6:-0.1
b:biggest_complaint 5:0.11
b:biggest_issue 6:-0.15
b:bike_in 0:0.16 6:0.12
b:bike_shop 5:0.14
b:bike_workshop 0:0.17
b:bill_at 1:0.17
b:bill_came 3:0.12 5:0.12
b:bill_for 4:-0.14
b:bill_had 6:-0.11
b:bill_has 5:0.14
b:bill_is 5:0.36 6:0.21
b:bill_made 4:0.17 5:-0.17
b:bill_matched 6:0.17
b:bill_of 1:-0.11
b:bill_that 2:0.1
b:bill_was 1:-0.29 4:0.32 5:-0.54
b:bill_went 1:0.13 5:-0.11
b:bill_without 5:0.48 12:-0.18
b:bills_have 6:0.1
b:bills_in 4:-0.18
b:bin_collection 2:0.21 5:-0.3
b:bin_day 3:-0.12 6:0.16 13:-0.15
b:bin_men 5:0.63
b:bin_was 0:-0.26 1:0.19
b:bins_are 4:-0.18 5:0.29
b:bins_at 5:0.28
b:bins_not 5:0.37 12:-0.16
b:bins_out 5:-0.23
b:bins_overflowing 1:-0.12 3:0.3 5:-0.41
b:bird_seed 5:0.27
b:birthday_cake 0:0.24 6:-0.29
b:bit_cold 2:-0.11 5:-0.11
b:bit_dear 11:-0.13
b:bit_more 0:0.18 2:-0.12 3:-0.15 4:0.13 11:0.13
b:bit_of 3:0.32 4:-0.17 5:-0.49 6:-0.13 10:0.13
b:bit_offhand 0:0.11
b:bit_pricey 4:0.13 6:-0.23
b:bit_rough 0:-0.25 1:-0.17 5:0.54 12:-0.17
b:bit_tired 0:0.13
b:bits_of 3:0.26 5:-0.24
b:blame_them 0:0.15
b:blames_the 2:0.41 5:0.32 9:-0.13
b:bleach_and 10:-0.11 12:0.1
b:bled_for 0:-0.12 5:0.16
b:bless_him 1:0.14
b:bless_them 1:-0.23
b:bloke_at 1:0.34 6:-0.1
b:bloke_in 3:-0.14
b:bloke_who 0:-0.2 2:0.12 5:-0.15
b:blood_on 2:0.14
b:blood_pressure 2:0.2
b:blood_test 0:0.42 1:-0.11 5:-0.13 7:0.2
b:blood_tests 2:0.14 6:-0.21
b:blow_dry 5:-0.27
b:board_dug 0:0.13 5:-0.15
b:bogs_were 3:0.17
b:boiler_and 2:-0.11
b:boiler_engineer 2:-0.1
b:boiler_man 1:0.3
b:boiler_service 4:-0.1
b:boiler_was 2:0.11 5:-0.17
b:boilers_been 0:0.19
b:bone_dry 2:-0.11 12:0.28
b:book_a 6:-0.17
b:book_an 6:-0.15
b:book_in 0:0.47
b:book_inside 1:-0.13
b:book_online 6:0.17
b:booked_a 0:0.21 2:-0.14 3:0.1 5:0.22 7:0.15
b:booked_an 5:0.23
b:booked_for 7:-0.11
b:booked_in 0:-0.34 2:0.23
b:booked_my 5:0.34
b:booked_online 0:0.13
b:booked_slot 5:0.13
b:booked_the 0:0.24 4:-0.27 7:0.11
b:booked_through 0:-0.24
b:booked_us 1:-0.18
b:booking_and 4:-0.27
b:booking_app 0:-0.11 13:0.1
b:booking_confirmation 6:0.4
b:booking_fee 4:0.19
b:booking_is 0:0.2
b:booking_line 0:0.11
b:booking_system 2:-0.13
b:booking_was 0:-0.22
b:books_and 2:0.26 5:-0.14
b:borrowers_tell 0:0.16
b:both_times 0:-0.23
b:bothered_to 2:0.15
b:bottle_of 3:0.24 4:0.14 5:-0.37
b:bought_a 0:0.16 2:-0.21 5:0.67 6:0.32
b:bought_it 0:0.14 3:-0.29 5:0.27
b:bought_three 5:0.17
b:box_soaked 1:-0.13
b:box_that 5:-0.28
b:box_to 0:0.29
b:box_was 0:0.58 1:-0.12
b:boxes_and 5:0.14
b:boxes_arrived 5:0.18
b:brakes_were 2:0.33
b:branch_are 6:0.11
b:branch_has 1:-0.11
b:branch_on 0:0.19
b:branch_staff 1:0.12 2:-0.13 3:-0.15
b:branch_to 6:-0.12 13:-0.19
b:branch_was 6:0.1
b:brand_new 0:0.46 3:0.25 5:0.26 12:0.1
b:break_from 0:-0.15 2:-0.1 4:-0.1 5:0.11 12:0.1
b:break_in 1:0.12
b:break_room 0:-0.21
b:breakfast_was 6:0.1
b:breath_of 1:0.38
b:briefly_but 4:-0.12
b:brilliant_and 12:0.11
b:brilliant_at 1:-0.1 2:0.32
b:brilliant_from 0:0.16
b:brilliant_service 1:-0.4
b:brilliant_with 0:0.14 5:-0.14
b:bring_in 5:0.13
b:bringing_back 5:0.23
b:broadband_company 6:-0.12
b:broadband_engineer 0:0.11
b:broadband_helpline 5:-0.16
b:broadband_support 2:-0.14 6:0.27
b:broadly_positive 0:0.12 5:-0.15 13:0.1
b:broken_a 0:0.16 5:-0.11
b:broken_and 5:0.1
b:broken_half 5:-0.23
b:broken_heater 5:0.27
b:broken_in 5:0.15 6:0.32 12:-0.13
b:broken_since 5:-0.2
b:broken_streetlight 0:0.19
b:broken_wrist 0:0.12 5:-0.21
b:brokers_fee 5:-0.31
b:brought_back 1:-0.26 12:0.15
b:brought_in 3:0.17 12:0.11
b:brought_it 0:0.15 1:0.14 2:-0.1
b:brought_the 5:-0.28 8:0.11 10:0.14
b:brown_water 4:0.13 5:0.58
b:brows_on 5:0.5
b:budget_hotel 5:0.17 11:0.14
b:builder_quoted 0:0.14 3:0.15
b:builder_said 0:0.21
b:building_site 5:-0.12
b:building_society 0:-0.13 2:0.19 5:-0.2
b:built_up 1:0.14
b:bulky_waste 3:0.12 4:-0.32 6:-0.1
b:burger_was 12:0.1
b:burnt_pizza 1:-0.27 5:0.35
b:burst_main 5:-0.29
b:burst_pipe 0:0.26
b:bus_driver 1:0.19
b:business_customers 5:-0.14
b:business_owners 1:-0.1 2:0.12 6:0.14
b:business_travellers 0:0.21 6:0.11
b:but_a 5:-0.13
b:but_after 1:-0.14 2:0.2 5:-0.36
b:but_at 12:-0.14
b:but_clean 4:-0.11
b:but_clearly 1:0.11
b:but_clueless 2:0.33
b:but_couldnt 5:-0.12 6:0.11
b:but_customers 3:-0.38 11:0.11
b:but_didnt 2:0.13
b:but_everyone 8:0.11
b:but_had 0:0.39 6:0.11
b:but_half 1:0.28 2:-0.25 5:-0.17 8:-0.1
b:but_he 0:-0.16 1:0.25 2:-0.23 5:-0.13
b:but_hes 2:-0.22 5:0.1
b:but_honestly 0:-0.15 2:-0.16 4:0.15 5:-0.48
b:but_i 0:0.21 1:0.25 2:-0.43 5:0.35 7:-0.16 12:-0.11
b:but_id 2:-0.15 4:0.34 6:0.34 12:-0.15
b:but_ill 5:0.16 6:-0.11
b:but_im 4:0.12 9:-0.12
b:but_it 2:-0.2 3:-0.1 4:-0.48 5:0.32 7:0.17
b:but_its 3:-0.2 5:-0.2
b:but_ive 0:-0.14 2:0.11 5:-0.14 6:-0.11
b:but_left 0:0.14 3:0.27 5:0.35 12:0.36
b:but_many 6:0.12
b:but_most 4:0.1 5:-0.12 11:-0.11
b:but_mostly 4:-0.14 6:-0.1
b:but_my 2:0.12 3:0.19
b:but_no 4:-0.12 6:-0.15
b:but_nobody 4:-0.13 6:-0.2
b:but_not 5:0.21 12:-0.11
b:but_nothing 5:-0.12
b:but_omg 5:0.14
b:but_only 0:0.19
b:but_said 1:0.13 5:-0.14 8:0.1
b:but_several 5:-0.5
b:but_she 1:-0.21 5:-0.31 6:0.14 8:-0.12
b:but_slow 1:-0.16 5:-0.24
b:but_spotless 5:-0.12
b:but_still 1:-0.25
b:but_talked 1:0.25 6:0.11
b:but_that 0:0.13 2:0.23 6:-0.13
b:but_thats 4:-0.32 5:-0.21 6:-0.11
b:but_the 1:0.14 2:0.3 3:0.7 4:0.81 5:0.99 6:0.2 7:-0.23 9:0.26 11:-0.27
b:but_there 1:0.17
b:but_theres 0:-0.17 3:0.14
b:but_they 0:-0.26 1:0.36 3:0.45 4:0.27 5:0.32 6:0.41 11:-0.14 12:0.26
b:but_theyre 1:0.28 4:0.16
b:but_took 0:0.12 8:0.16
b:but_two 2:0.14 3:-0.13 5:-0.17
b:but_was 1:0.11 5:-0.1
b:but_we 1:-0.27 2:0.11 5:-0.16 11:0.12
b:but_were 4:-0.12 5:0.1
b:but_when 0:0.31 1:-0.32 2:0.15 5:-0.18
b:but_you 5:-0.18 11:0.14
b:but_£ 3:-0.19 5:0.32 12:0.32
b:buy_a 1:-0.11 5:-0.17
b:buy_the 5:-0.16
b:buying_a 3:-0.12
b:by_10 5:-0.13
b:by_11 1:-0.16
b:by_2 2:-0.12 6:0.26
b:by_4 2:0.27
b:by_5 5:0.1
b:by_6 4:0.11
b:by_8 4:0.15 6:-0.32 11:-0.11
b:by_9 3:0.12
b:by_a 1:-0.23 3:0.17 12:-0.19
b:by_almost 10:0.16
b:by_app 5:0.17
b:by_contrast 5:0.12
b:by_email 0:-0.1 6:0.19
b:by_far 6:0.12
b:by_friday 0:0.19 4:0.11 5:0.13
b:by_half 0:0.12
b:by_hand 1:-0.12 3:0.21 5:-0.23
b:by_heart 1:-0.11 5:0.25
b:by_line 1:0.16
b:by_lunch 0:0.23
b:by_lunchtime 2:-0.11
b:by_most 6:0.23
b:by_name 1:0.56 2:-0.44 5:-0.11 8:0.16 13:0.13
b:by_our 2:0.15 6:-0.12
b:by_ringing 5:0.1
b:by_someone 0:-0.19 2:0.12
b:by_step 2:-0.2 5:-0.13 6:0.32
b:by_sunday 5:0.12
b:by_text 0:0.12 1:0.11 5:-0.11 6:0.12
b:by_the 0:-0.16 1:-0.31 2:0.14 4:0.15 5:-0.4 6:-0.11 10:-0.21 11:0.15 13:-0.11
b:by_then 6:-0.11
b:by_tuesday 0:0.14 5:-0.15
b:by_two 2:0.13
b:by_wednesday 0:0.19
b:by_which 1:0.19 5:-0.1 7:-0.14
b:cab_to 0:0.19 6:0.22 7:0.11
b:cabin_crew 0:0.1 1:0.14
b:cable_offcuts 1:0.13 5:0.26
b:café_was 1:0.22 4:0.36
b:café_were 5:0.21
b:cake_arrived 1:-0.17 5:-0.29
b:cake_was 5:0.12 6:-0.32
b:call_back 0:-0.19 2:-0.17 4:-0.12 6:0.32 7:0.1
b:call_before 0:0.22 8:-0.14
b:call_centre 0:-0.32 1:0.21 4:0.2
b:call_either 0:0.13
b:call_from 0:-0.14
b:call_in 2:-0.12 5:0.12
b:call_is 0:0.44 6:-0.17
b:call_me 0:-0.76 1:-0.14 6:0.27
b:call_out 5:0.29 11:-0.1
b:call_the 6:-0.14
b:call_to 1:0.11 5:-0.14
b:call_within 2:-0.15 5:-0.15 13:0.11
b:call_you 0:-0.18 5:-0.13 6:0.17
b:callback_from 0:-0.18 6:0.23
b:called_about 0:0.44 2:0.16 5:0.17
b:called_back 0:-0.13
b:called_it 5:-0.12 6:0.18
b:called_me 2:-0.15 5:0.12
b:called_the 1:-0.13 6:-0.15
b:called_to 0:0.15
b:calling_the 2:0.25
b:calls_and 0:-0.36 5:-0.21 6:0.16
b:calls_are 2:-0.13
b:calls_have 4:-0.14 5:-0.13 6:0.23 13:0.14
b:calls_under 0:-0.19 1:0.36 6:-0.12
b:calm_and 0:0.12 1:-0.15 3:-0.17 5:-0.16 6:-0.1
b:came_a 0:0.15 4:-0.11
b:came_at 0:0.15 5:-0.23
b:came_back 0:0.26 1:-0.24 2:0.38 3:-0.2 4:-0.14 5:0.45 12:-0.11 13:0.11
b:came_clean 0:-0.33 1:0.13 4:0.22 6:-0.24
b:came_for 5:-0.21
b:came_from 1:0.13 5:-0.16
b:came_home 5:0.13
b:came_in 0:-0.36 2:0.1 5:-0.74 6:-0.17 8:-0.12 11:0.11 12:0.27
b:came_off 0:-0.21
b:came_on 0:-0.39 3:0.1
b:came_out 0:-0.16 1:0.19 4:0.1 5:0.19 9:0.1
b:came_round 0:0.13 1:0.14 2:0.1 6:-0.19 8:0.11
b:came_through 0:0.22
b:came_to 0:0.1 5:-0.16
b:came_up 1:-0.12 2:0.2 4:-0.2 5:0.27 6:0.16 7:-0.13
b:came_with 0:0.47 2:-0.14 5:0.15 6:0.36 7:0.14 12:-0.1
b:came_within 0:-0.14
b:came_wrapped 3:0.23
b:can_answer 2:-0.12 6:0.18
b:can_buy 11:-0.1 12:-0.21
b:can_do 2:0.17 3:-0.17 4:-0.11
b:can_finally 5:0.27 6:-0.13
b:can_get 5:-0.5
b:can_give 0:0.14
b:can_i 5:-0.13 6:-0.11
b:can_never 0:0.36
b:can_plan 0:-0.13
b:can_say 0:-0.24 3:0.21 5:-0.14 11:0.11
b:can_see 5:-0.33 6:0.36
b:can_tell 0:-0.34 1:0.2 5:-0.14 6:0.13
b:can_wait 5:0.14 6:0.16
b:can_we 0:-0.16
b:cancelled_my 4:-0.15 5:-0.17
b:cancelled_on 0:0.22 1:-0.19 4:-0.21 5:0.1
b:cancelled_without 5:0.12
b:cant_answer 2:0.29
b:cant_argue 0:0.13 1:0.15 4:0.3 5:-0.13 11:0.21 12:0.1
b:cant_ask 0:0.21 5:0.22 6:0.15 7:0.1 11:0.16 12:0.13 13:0.11
b:cant_beat 5:-0.12 11:0.18
b:cant_believe 0:0.1 4:0.28 6:-0.12
b:cant_complain 4:0.24 11:0.2
b:cant_even 0:-0.31
b:cant_fault 1:0.33 2:-0.18 3:0.12 4:-0.16 6:-0.14 7:0.11
b:cant_get 0:0.19 6:-0.12
b:cant_go 1:-0.12
b:cant_really 3:-0.16
b:cant_remember 13:0.15
b:cant_say 1:0.18 5:-0.44 8:0.2
b:cant_see 0:-0.15 5:0.28 6:0.11
b:cant_tell 2:0.27 4:-0.22 9:-0.12
b:cant_warn 5:0.13
b:cant_work 6:0.28
b:canteen_food 0:-0.15 4:0.11 5:0.45 11:-0.1 12:-0.31
b:canteen_has 5:-0.19
b:canteen_is 5:-0.22
b:canteen_prices 4:-0.67
b:car_and 2:-0.24 3:0.21 4:-0.47 6:0.43
b:car_came 5:-0.23
b:car_dealer 1:0.32
b:car_dealership 5:-0.1
b:car_drives 1:0.18
b:car_for 0:0.24
b:car_from 5:-0.17
b:car_going 4:-0.23 5:0.22
b:car_had 0:-0.27 5:0.32
b:car_hire 5:-0.33
b:car_in 1:0.15 5:0.26 8:0.12
b:car_itself 4:0.11 12:0.1
b:car_off 3:-0.11 6:0.12
b:car_park 1:-0.61 4:0.19 5:-0.21 6:-0.34
b:car_rental 0:-0.14 6:0.25
b:car_was 0:-0.2 1:0.12 2:0.17 3:0.11 5:-0.49 12:0.11 13:-0.14
b:car_wash 3:-0.19 4:0.13 5:0.18
b:car_wasnt 5:0.12
b:card_and 5:0.3
b:card_for 0:0.24 2:-0.15 3:0.17 6:0.22
b:card_machine 0:0.31 1:-0.17 5:-0.24
b:card_reader 1:-0.18
b:card_readers 0:0.18 6:-0.25 7:0.14
b:care_about 0:-0.11 1:-0.15
b:care_home 0:-0.16 1:-0.35 5:0.18 6:0.17
b:care_plan 6:0.12
b:cared_less 5:-0.12
b:careful_with 1:-0.21 3:0.15 5:0.42
b:carpet_and 5:-0.21
b:carpet_in 5:-0.13
b:carriage_was 5:0.1
b:carried_it 1:0.23 3:0.25
b:carrier_bags 11:-0.26
b:cars_been 2:-0.14 6:0.4
b:cars_were 0:0.11 2:0.14
b:case_was 2:-0.15 13:0.11
b:cashier_was 5:-0.34 6:-0.16
b:cat_was 1:-0.17 2:0.24
b:catch_up 4:-0.17
b:caught_out 2:-0.11
b:centre_and 2:0.22
b:centre_cafe 5:-0.31
b:centre_café 4:-0.26
b:centre_changing 1:-0.12
b:centre_charges 5:-0.25
b:centre_desk 0:0.1 1:0.13
b:centre_for 1:0.12 6:0.19
b:centre_had 2:-0.24
b:centre_is 1:0.17 5:0.13
b:centre_was 0:0.49 1:-0.27 2:-0.13 5:-0.12
b:centre_were 4:0.2 6:0.16
b:centred_on 5:-0.11
b:ceremony_room 5:-0.38
b:chairs_and 5:-0.15
b:changed_hands 5:-0.1
b:changed_suppliers 5:0.23
b:changed_the 6:-0.17
b:changes_and 4:-0.1
b:changes_so 4:-0.11
b:changes_the 2:-0.29 6:0.25
b:changes_were 6:-0.24
b:changing_rooms 2:0.13 3:0.35 5:-0.18
b:changing_the 6:-0.16
b:chaos_because 6:-0.14
b:chap_explained 4:-0.18
b:chap_in 1:0.22 2:0.12
b:charge_and 5:-0.23
b:charge_at 4:-0.27
b:charge_for 1:-0.26 4:0.4 6:-0.13
b:charge_is 2:-0.14
b:charge_£ 1:0.16
b:charged_a 0:-0.13 3:-0.23 4:0.16 5:-0.19 6:-0.11
b:charged_for 4:0.52 5:-0.22 6:0.24 11:-0.11
b:charged_less 1:0.12
b:charged_me 0:-0.29 1:-0.18 2:0.12 3:0.12 4:0.38 5:0.16 6:-0.35 11:0.11
b:charged_my 5:-0.1
b:charged_twice 2:-0.32 4:-0.33 5:-0.21 6:-0.15
b:charged_us 3:-0.12 4:0.25
b:charged_£ 3:0.12 5:0.34 11:-0.12
b:charges_and 5:0.4
b:charges_came 4:-0.11
b:charges_for 2:0.13
b:charging_£ 4:0.13 5:0.22 11:-0.11
b:charity_shop 12:-0.1
b:chase_every 7:-0.21
b:chase_the 4:-0.11
b:chase_them 5:0.12 6:0.19 13:0.12
b:chat_about 1:0.34 2:-0.2
b:chat_and 5:0.32 8:-0.11
b:chat_bot 6:0.25 13:-0.12
b:chat_support 0:0.13 6:0.29
b:chat_was 0:0.11
b:chat_with 1:-0.12 2:0.13 5:-0.1
b:chatting_about 0:0.11 1:0.29
b:chatty_and 1:0.21
b:chatty_but 1:-0.31
b:cheap_and 4:0.17 5:0.39 11:0.12 12:0.12
b:cheap_as 0:0.13 4:0.26 5:-0.36 11:0.32
b:cheap_at 1:0.14 5:-0.12
b:cheap_but 1:-0.31 4:0.22 5:0.49 11:-0.11
b:cheap_n 5:-0.15
b:cheap_plastic 0:-0.18 5:0.4
b:cheap_rubbish 5:0.12
b:cheaper_model 2:0.13
b:cheaper_than 1:-0.14 2:-0.13 4:0.3 11:0.27
b:cheaper_to 11:-0.24
b:cheapest_but 1:0.22 2:-0.14
b:cheapest_gym 5:-0.11
b:cheapest_i 4:0.11 7:0.11
b:cheapest_in 5:-0.1
b:cheapest_quote 12:-0.14
b:cheapest_they 2:-0.11 4:-0.13
b:check_and 0:0.29 1:0.22 4:-0.11 6:-0.17
b:check_i 6:0.26
b:check_if 0:-0.2
b:check_in 0:0.41 1:0.28 2:-0.28 4:0.37 5:0.31 12:-0.2
b:check_it 0:-0.12
b:check_on 1:-0.37 5:-0.15 6:0.23
b:check_stock 6:0.12
b:check_the 2:0.31 6:-0.26
b:check_up 5:-0.12
b:check_we 2:0.1 6:-0.17
b:check_with 2:-0.2 5:0.23
b:checked_every 0:-0.13 1:0.27 2:-0.16
b:checked_in 5:-0.1
b:checked_the 2:0.1
b:checked_twice 3:0.31
b:checked_with 1:-0.13 2:0.3
b:checking_his 0:-0.3 1:0.26 2:-0.14
b:checkout_that 0:-0.14
b:cheerful_and 1:-0.23 5:-0.11
b:cheerful_throughout 5:0.11
b:cheers_for 0:-0.13 5:0.13 6:0.13
b:cheers_lads 0:0.26
b:cheese_counter 2:0.17 5:-0.32
b:cheese_toastie 5:-0.2
b:chef_came 1:0.26
b:chemist_counter 1:-0.2
b:cher_for 5:-0.13
b:chest_infection 2:0.19
b:chewing_cardboard 5:0.11
b:chewing_gum 1:-0.51 5:-0.11
b:chicken_was 1:-0.1 5:0.34
b:children_in 5:0.13
b:childrens_corner 3:0.19 5:-0.11
b:chip_fat 10:-0.17
b:chipped_a 1:0.13
b:chipped_the 0:-0.16
b:chips_and 0:-0.18 5:0.36
b:chips_at 4:0.11
b:chips_for 5:-0.11
b:chips_were 5:0.37 6:-0.14 12:-0.26
b:choose_a 5:0.12 6:-0.19 12:0.17
b:choosing_a 6:-0.11
b:christmas_jumpers 1:-0.75
b:christmas_party 6:-0.14
b:chuffed_! 11:0.11
b:chunk_out 0:0.16
b:church_hall 0:0.15
b:cinnamon_buns 4:0.17
b:citizens_advice 6:-0.12
b:city_centre 4:0.12
b:claim_and 0:-0.11
b:claim_for 12:0.11
b:claim_form 4:0.24
b:claim_handler 5:-0.13 6:0.17
b:claim_in 5:0.18 12:0.12
b:claim_is 0:-0.1 6:0.11
b:claim_was 6:-0.11
b:claims_desk 0:0.11
b:claims_discount 4:0.3 6:-0.19
b:claims_handlers 2:-0.13
b:clash_and 1:0.12
b:class_instructor 1:-0.14
b:class_was 0:-0.39
b:classes_are 0:0.13 5:0.39
b:clean_about 0:-0.31 1:0.24 2:-0.15 4:0.22 5:0.16
b:clean_air 3:-0.14 5:-0.12
b:clean_and 4:0.27 11:-0.18
b:clean_as 5:-0.15
b:clean_at 3:-0.12
b:clean_bill 1:-0.11
b:clean_break 0:-0.16 2:-0.12 4:-0.13 6:-0.1 12:0.1
b:clean_but 5:0.16
b:clean_i 3:0.18 5:0.27
b:clean_in 2:0.25 3:0.12 5:-0.24
b:clean_it 3:-0.26 5:0.32
b:clean_pool 5:0.15
b:clean_rooms 2:0.1 5:0.22 12:-0.1
b:clean_sweep 0:-0.17
b:clean_that 1:-0.11 6:-0.22
b:clean_the 1:-0.13
b:clean_up 3:-0.26
b:clean_waiting 0:0.13
b:cleaned_and 1:0.19
b:cleaned_every 5:0.14 10:0.15
b:cleaned_me 4:0.12 5:-0.11 11:-0.14
b:cleaned_my 3:-0.33
b:cleaned_once 10:-0.12
b:cleaned_out 3:-0.31 4:0.29
b:cleaned_twice 0:-0.24
b:cleaned_up 1:-0.11 3:0.94 5:-0.19 10:0.1
b:cleaner_at 1:0.21 3:-0.18
b:cleaner_does 3:0.49 5:-0.46
b:cleaner_for 3:-0.1 5:-0.11
b:cleaner_since 3:0.18
b:cleaner_than 1:0.12 2:-0.14 7:-0.1 10:0.18
b:cleaner_was 3:0.17
b:cleaners_hours 2:0.17 5:-0.1
b:cleaners_were 1:-0.12
b:cleaning_contract 10:0.15
b:cleaning_fee 3:-0.21
b:cleaning_rota 3:0.14
b:cleaning_the 5:-0.11 10:-0.23
b:cleanliness_of 5:-0.12
b:cleanliness_was 6:-0.12
b:cleans_the 3:-0.12
b:clear_and 0:0.2 2:-0.1 3:-0.12 4:-0.14 5:-0.16 6:0.38 13:0.24
b:cleared_my 0:-0.11 2:0.18 3:0.34 5:0.35 12:0.15
b:cleared_up 2:0.27 5:-0.19
b:clearly_and 1:0.64 2:-0.16 5:-0.11
b:clearly_been 3:0.25 5:-0.19
b:clearly_didnt 0:0.16 1:0.19 6:-0.15
b:clearly_had 1:0.45 5:0.26 6:-0.16 8:-0.11
b:clearly_knew 1:-0.18 2:0.25 9:0.12
b:clearly_know 5:0.31
b:clearly_knows 1:-0.35
b:clearly_new 2:0.28
b:clearly_read 2:0.15
b:clearly_stretched 0:-0.11
b:clearly_the 5:0.11
b:clearly_wanted 6:-0.12
b:clerk_was 5:-0.18
b:clients_are 2:0.27
b:clients_can 0:-0.15
b:clients_have 2:0.2 6:-0.12
b:clients_keep 11:-0.15
b:clients_love 0:-0.12 6:0.13 13:0.1
b:clinic_and 4:-0.16
b:clinic_as 8:0.11
b:clinic_charging 5:0.33
b:clinic_in 6:0.11
b:clinic_was 3:0.13 5:0.13 8:0.11
b:clinical_care 5:0.18
b:clocking_in 0:-0.3
b:closed_at 0:-0.22
b:club_coach 1:0.18
b:club_is 5:0.11 12:-0.1
b:club_sandwich 0:0.11
b:clue_about 1:0.21 2:0.15 5:-0.26
b:clue_what 1:-0.24
b:clue_wot 1:-0.1
b:clued_up 2:0.14
b:clueless_about 1:0.25
b:clueless_staff 1:-0.1 2:0.11
b:clutch_and 3:0.2
b:coach_is 1:0.31 5:-0.17
b:coach_to 0:-0.13
b:coach_was 5:0.31
b:coaches_are 0:0.15 5:-0.22
b:coat_and 1:0.33 5:-0.53
b:codes_and 6:0.16
b:coffee_and 5:-0.12
b:coffee_in 1:0.13
b:coffee_is 5:0.18
b:coffee_machine 0:-0.14 3:0.12
b:coffee_n 5:-0.11
b:coffee_on 5:-0.18
b:coffee_rings 2:0.11
b:coffee_tasted 5:0.11
b:coffee_was 5:-0.17
b:cold_and 0:-0.19 1:0.27 5:0.12 8:-0.1
b:cold_as 1:0.17 5:-0.16 8:-0.12
b:cold_by 5:0.11
b:cold_food 5:0.17
b:cold_for 6:0.16
b:cold_n 3:-0.1
b:cold_staff 1:0.17 5:0.17
b:cold_waiting 0:0.36 5:-0.15
b:colleagues_are 1:0.15
b:collect_them 1:-0.17
b:collect_was 0:-0.24
b:collected_3 5:0.23 12:-0.11
b:collected_it 0:0.3 5:-0.22
b:collection_days 5:-0.26 6:-0.17
b:collection_was 0:0.13
b:collections_had 6:0.13
b:colour_came 0:-0.1 5:0.27
b:come_again 5:-0.1
b:come_and 5:0.25
b:come_back 0:0.18 1:0.12 2:0.11 3:0.14 5:0.4 8:0.13 12:0.15
b:come_between 0:0.23
b:come_from 1:-0.18 4:0.24 5:0.13
b:come_home 5:0.14
b:come_in 2:-0.17 6:0.41
b:come_on 1:0.15 5:0.36
b:come_round 2:-0.19
b:come_through 4:-0.12 5:-0.12
b:come_thursday 0:0.15
b:come_up 4:-0.12
b:comes_from 2:0.3
b:comes_in 0:-0.12 6:0.15
b:comfortable_with 10:-0.13
b:coming_back 0:-0.27 1:0.2 4:-0.11 5:-0.36
b:coming_for 6:0.11 13:0.1
b:coming_in 0:0.19 5:-0.14
b:coming_out 5:0.36
b:comment_on 0:-0.34 1:0.2 2:-0.17
b:commented_that 5:0.14
b:commenting_on 10:0.19
b:commenting_that 0:0.16 5:0.2
b:commission_structure 6:-0.15
b:communication_as 0:-0.16
b:communication_from 0:0.12 6:0.16
b:community_centre 2:0.3 5:-0.23
b:company_about 0:-0.17
b:company_for 1:0.15
b:company_in 5:-0.16
b:company_to 4:-0.29 6:-0.12
b:compared_the 11:-0.12
b:compared_to 4:0.11 5:-0.13
b:compared_well 11:0.1
b:compared_with 0:0.12 1:-0.17 4:0.24 6:-0.13
b:complain_about 0:0.15 3:0.18 5:0.13 6:-0.27
b:complain_at 4:0.19 5:-0.2
b:complain_that 6:0.15
b:complain_to 5:0.3 6:-0.13
b:complained_that 0:0.11
b:complaining_that 7:-0.12 13:0.15
b:complaining_the 0:0.18 2:0.17 3:-0.15 5:-0.19
b:complaint_about 0:0.18 12:0.15
b:complaint_concerned 2:0.13
b:complaint_is 2:-0.11 4:0.13
b:complaint_regarding 5:-0.13 6:0.12
b:complaint_was 12:0.1
b:complaints_about 1:-0.12 2:-0.24 5:0.13 6:-0.2 7:0.18 10:0.2 13:0.16
b:complaints_have 5:0.14 12:0.17
b:complaints_i 0:0.12 2:0.29 4:-0.22 6:0.15
b:complaints_that 1:0.14 6:-0.11
b:complaints_this 6:0.3
b:complimentary_about 4:-0.13
b:complimentary_hair 4:-0.26
b:complimenting_the 1:-0.16 5:0.19
b:compliments_on 1:0.33
b:computer_shop 6:0.14
b:computer_store 0:0.11 1:0.13
b:computers_are 5:0.17
b:confidence_in 5:0.12
b:confirm_the 0:-0.15 3:0.12 5:0.2
b:confirmation_email 2:0.29
b:confirmation_of 6:0.11
b:confirmed_it 2:0.16
b:confusing_and 2:-0.16 4:0.15 6:0.4 13:-0.21
b:confusing_that 6:-0.1
b:consensus_that 4:0.17
b:consensus_was 0:0.18 5:0.15
b:consultant_was 6:0.12
b:consulting_room 1:0.13
b:contact_centre 1:0.1 5:0.33 6:0.18
b:contact_lens 1:0.28 5:-0.13
b:contacts_across 5:-0.17
b:contained_nuts 2:0.12 5:-0.17
b:contract_i 1:0.19 5:-0.15
b:contract_was 5:-0.12
b:contradicted_the 2:0.12
b:conversion_was 0:0.14 1:-0.14
b:cooking_and 0:-0.29 2:0.24 5:0.25 6:-0.19
b:corporate_chain 6:-0.17
b:corrected_my 1:-0.17
b:cost_a 4:0.19
b:cost_and 2:-0.1
b:cost_me 5:0.29 11:-0.18
b:cost_more 1:-0.11
b:cost_of 2:0.23 4:-0.36 5:-0.23
b:cost_£ 2:-0.15 4:0.32 5:0.26 6:-0.11 11:-0.15 12:-0.13
b:costs_at 4:0.15
b:costs_more 5:-0.11
b:costs_£ 4:0.13 5:0.13 6:-0.1
b:cottage_was 1:-0.2 5:0.36 12:0.13
b:could_actually 5:0.12
b:could_afford 1:0.16 2:0.12
b:could_be 0:-0.15 10:-0.13
b:could_do 0:0.11 2:0.1 3:0.24 4:0.12 6:-0.19 11:0.1
b:could_eat 10:0.11
b:could_explain 4:-0.16 6:-0.25
b:could_find 4:-0.27 5:0.3 7:0.11 10:-0.18
b:could_follow 1:-0.16 2:0.21
b:could_have 2:0.15 4:0.1 5:-0.1
b:could_not 1:-0.2 2:0.18
b:could_see 0:0.19 5:-0.12
b:could_take 1:0.13 2:0.15 6:-0.19 9:0.22
b:could_tell 0:0.12 5:-0.12 6:-0.11 9:-0.12
b:could_turn 0:-0.23 1:0.11
b:could_understand 6:0.15
b:could_wait 1:-0.2 5:-0.11 6:0.18
b:could_win 4:-0.21
b:couldnt_answer 1:0.19 2:0.25 9:-0.12
b:couldnt_ask 0:-0.14 1:-0.11 6:0.14
b:couldnt_believe 1:-0.17 5:0.18 7:0.12 12:0.12
b:couldnt_complain 5:-0.13
b:couldnt_do 5:0.15 8:0.15
b:couldnt_fault 1:-0.35
b:couldnt_find 1:0.23 5:-0.24
b:couldnt_get 0:0.15
b:couldnt_have 0:0.12 1:0.54 2:-0.35 3:-0.12
b:couldnt_see 1:-0.1 2:-0.2 3:0.25 5:0.29
b:couldnt_tell 0:-0.19 1:-0.14 2:0.43 5:-0.49 9:-0.17
b:couldve_been 0:-0.16 2:0.2
b:council_about 0:0.29 5:0.21 6:-0.26
b:council_finally 3:-0.21
b:council_has 5:0.27
b:council_kept 12:0.15
b:council_office 2:-0.15
b:council_sent 6:-0.12
b:council_tax 0:-0.2 4:0.25 6:0.16
b:council_took 0:0.22 4:-0.27 5:0.18
b:council_website 5:-0.17
b:councils_letter 5:-0.23 13:-0.11
b:councils_new 6:0.12
b:counter_always 0:0.24 1:0.15
b:counter_and 5:-0.27
b:counter_anyway 0:0.11 5:0.51
b:counter_at 1:-0.18 6:0.13
b:counter_didnt 1:-0.2
b:counter_for 0:0.19 1:0.14 5:0.2
b:counter_guy 2:0.12
b:counter_has 7:0.15
b:counter_is 1:0.24 2:-0.18 5:0.14
b:counter_knew 0:-0.1 1:-0.11
b:counter_lady 5:-0.21
b:counter_on 0:0.14
b:counter_staff 0:0.31 1:-0.14 2:-0.16 6:-0.19
b:counter_that 2:0.23
b:counter_told 2:0.17 5:0.13
b:counter_was 2:-0.23 6:0.12
b:counter_were 1:-0.12
b:counter_with 1:0.24 2:-0.13
b:county_court 1:-0.18 6:-0.15
b:couple_of 0:0.17 1:0.12 3:0.12 5:0.42 12:-0.11 13:0.13
b:courier_just 1:-0.13
b:courier_rang 0:0.31 6:0.1
b:courses_for 5:0.22
b:courteous_and 0:0.12
b:courtesy_car 5:-0.31
b:cover_it 2:0.11
b:coverage_in 5:0.24
b:covered_everything 0:0.19 5:0.23
b:covered_in 0:-0.16 2:-0.15 3:0.14 4:-0.24 5:-0.24 6:0.16
b:covering_the 0:0.16
b:crack_a 0:-0.12
b:crack_in 5:-0.11
b:cracked_screen 0:0.32 5:0.28 12:0.12
b:cracking_job 5:-0.2
b:crashed_twice 0:0.15 5:-0.11 6:-0.16
b:crashes_constantly 5:0.16 6:-0.24
b:crashes_every 0:-0.15
b:cream_carpet 5:0.15
b:credit_to 1:-0.13
b:credit_union 0:-0.17 1:0.45 4:0.24 8:0.12 11:0.11
b:credit_where 0:0.28 5:0.13 6:-0.15 7:0.1
b:crept_up 3:0.11 4:0.15 5:-0.21 6:-0.12 8:-0.12 11:-0.1
b:crew_were 0:0.21 5:-0.11
b:crews_are 5:0.2
b:cried_in 5:0.29
b:crisp_and 3:-0.31 5:0.18
b:crisps_and 5:-0.2 11:0.14
b:critical_of 5:0.14
b:croissant_that 3:-0.12
b:crumb_left 3:-0.36 5:0.12
b:crumbs_all 4:0.12
b:crumbs_from 5:-0.38
b:cupboard_cleaner 4:-0.13 5:0.1
b:curly_hair 5:0.18
b:current_account 4:0.18
b:curry_arrived 0:0.14
b:curry_was 5:0.14 6:-0.11
b:customer_asked 3:-0.12
b:customer_care 1:0.32
b:customer_for 6:-0.18
b:customer_not 0:-0.12 1:-0.19 6:0.13
b:customer_relations 2:-0.14 6:0.15
b:customer_service 2:-0.19 3:-0.1 4:-0.13 5:-0.37 6:-0.17
b:customer_services 2:0.19 5:0.36
b:customer_tell 1:0.24
b:customer_toilets 0:-0.12 3:0.18 5:0.14 6:-0.17
b:customer_when 6:0.18
b:customers_a 0:-0.26 5:-0.13 6:0.19
b:customers_actually 4:-0.15 6:0.18
b:customers_are 0:-0.1 1:-0.22 2:0.17 5:0.26 7:-0.17 13:-0.16
b:customers_arent 0:0.11
b:customers_ask 2:0.81 6:0.2 9:-0.14
b:customers_at 2:-0.15
b:customers_back 2:0.17
b:customers_bring 1:-0.16
b:customers_call 2:-0.12 5:0.11
b:customers_can 2:-0.1 6:-0.15
b:customers_cant 4:0.28
b:customers_dont 0:0.28 1:-0.12 6:0.11
b:customers_end 5:0.41
b:customers_get 0:0.22 1:-0.12
b:customers_have 2:-0.21 3:0.33 5:0.27 9:0.18 13:0.15
b:customers_is 1:0.1 4:0.16 5:-0.11
b:customers_just 4:0.16
b:customers_keep 1:-0.23 5:0.12 6:-0.18 7:-0.16 11:-0.12 12:-0.25
b:customers_love 0:-0.2 2:0.13 4:-0.26 5:-0.11 6:0.4 12:0.2 13:0.22
b:customers_mention 3:0.23
b:customers_never 0:-0.15 3:-0.37
b:customers_notice 0:0.25 6:-0.27
b:customers_often 2:-0.12 3:0.14 5:0.16
b:customers_on 1:-0.26 4:-0.16 6:0.16
b:customers_questions 2:-0.2
b:customers_rave 5:0.19
b:customers_say 0:0.19 1:0.37 2:-0.22 3:-0.2 4:0.34 5:0.23 6:0.17 13:-0.14
b:customers_stand 0:0.32
b:customers_still 10:0.14
b:customers_tell 4:0.22 5:-0.15 11:0.21
b:customers_the 2:0.33 5:-0.27
b:customers_this 1:-0.12
b:customers_were 0:0.1 1:-0.25 6:-0.1
b:customers_when 1:0.37 2:-0.1 5:-0.15 6:0.17
b:customers_who 5:-0.14
b:customs_form 1:0.25
b:cut_and 0:0.1 5:-0.33 11:0.13
b:cut_curly 5:0.18
b:cut_itself 6:0.13
b:cut_me 0:0.1 5:-0.28 6:0.2
b:cut_my 5:0.13
b:cut_off 0:0.17 4:-0.12 5:-0.22 6:-0.31
b:cut_our 0:-0.11 4:-0.27
b:cut_the 2:0.17 3:0.28 12:0.24 13:-0.13
b:cut_to 0:-0.11 2:0.19 5:0.14 6:-0.12
b:cut_while 0:0.1
b:cuts_for 0:-0.14
b:cuts_were 5:0.13
b:dad_and 6:0.21
b:dads_care 0:-0.1 6:0.11
b:damage_to 0:0.14 5:-0.11
b:damage_was 5:-0.15 6:0.19
b:damp_and 3:0.12 5:-0.11
b:damp_smell 5:-0.13 10:0.14
b:damp_wall 1:-0.3 3:-0.17
b:darkening_their 5:-0.11
b:date_and 2:-0.1 5:-0.14
b:date_by 0:-0.23 5:0.15
b:date_of 4:-0.12
b:date_on 6:0.11
b:dated_but 5:0.14
b:daughter_has 5:0.12
b:daughter_was 0:-0.15 5:-0.11
b:dave_at 1:-0.12 5:0.2
b:dave_is 2:0.31 5:-0.32
b:day_? 5:0.22 7:-0.17
b:day_after 0:0.23 5:-0.12
b:day_and 0:0.6 2:0.23 4:-0.18 6:-0.24 13:0.15
b:day_before 0:-0.37 2:-0.11 5:-0.25 6:0.29 13:0.21
b:day_delivery 2:-0.23 4:-0.2 7:-0.25 13:-0.13
b:day_early 0:0.15 5:0.19
b:day_for 4:0.13 5:0.14
b:day_had 13:-0.18
b:day_i 0:0.48 3:-0.29 5:0.14 7:0.11
b:day_late 0:-0.12
b:day_off 0:0.17
b:day_on 0:-0.14
b:day_one 0:0.14 2:0.21 5:0.15
b:day_out 5:-0.14
b:day_rate 11:-0.12
b:day_surgery 0:0.19
b:day_the 0:-0.15 6:0.17
b:day_they 0:0.12 3:0.15 5:-0.11 6:-0.12 12:0.16
b:day_to 0:-0.14 5:-0.13 6:0.11
b:day_two 1:0.13
b:day_was 2:-0.2 3:-0.11
b:day_we 4:0.12
b:day_when 0:-0.1
b:daylight_robbery 0:-0.33 4:0.18 5:0.18 11:-0.15
b:days_after 0:-0.35 7:0.18
b:days_ago 0:-0.27 5:-0.12 6:0.43
b:days_and 0:0.67 6:0.29 13:0.22
b:days_because 6:0.14
b:days_before 0:-0.28 2:-0.13 4:-0.19 5:-0.13
b:days_for 1:0.18 4:0.11 5:0.2 6:0.31 7:0.11
b:days_late 5:-0.18
b:days_later 0:-0.42 4:-0.34 7:-0.13
b:days_running 0:0.31 6:-0.17
b:days_to 0:0.24
b:days_with 0:-0.17 5:0.2
b:dead_cheap 5:-0.14
b:dead_easy 5:0.34
b:dead_friendly 8:0.16
b:dead_handy 0:-0.13 5:-0.13
b:dead_quick 3:0.3 5:0.21
b:dead_straight 5:0.16
b:deadlift_form 2:0.3 5:-0.13
b:deadlines_for 2:0.23
b:deal_than 4:0.12
b:deal_with 0:0.12 4:-0.5 5:-0.25
b:dealer_wanted 2:-0.14
b:dealt_with 0:0.36 3:0.17 6:-0.25
b:dear_as 4:0.44 11:-0.11 12:0.19
b:dear_customer 2:-0.15
b:dear_for 5:-0.34 11:-0.15
b:dear_sir 0:-0.26 3:0.1
b:debt_charity 6:-0.13
b:decent_and 5:0.11
b:decent_job 5:0.12
b:decent_of 1:0.19
b:decided_to 5:-0.11
b:deep_clean 3:0.14
b:deep_cleaning 5:-0.12 10:-0.23
b:degree_to 1:-0.18 13:-0.1
b:delay_repay 5:0.23 7:0.17
b:deli_counter 1:0.1
b:deli_guy 5:-0.12
b:delivered_it 1:0.39 5:0.31
b:delivered_to 0:-0.13 1:0.2 2:-0.1 6:-0.12
b:delivered_with 0:-0.29 6:0.23
b:delivery_actually 2:-0.28
b:delivery_and 0:0.16 5:-0.2
b:delivery_apps 6:-0.11
b:delivery_came 0:0.15
b:delivery_charge 0:-0.15 4:0.2
b:delivery_driver 0:-0.13 1:0.6 3:-0.12 6:-0.11 8:-0.3
b:delivery_fee 0:-0.43 2:0.13
b:delivery_fees 6:-0.1
b:delivery_is 5:-0.16
b:delivery_men 4:0.13 10:0.1
b:delivery_on 4:-0.21 7:-0.1
b:delivery_slots 1:0.15
b:delivery_took 0:0.39 5:0.28
b:delivery_was 0:0.19
b:delivery_window 1:-0.17 6:0.18
b:delivery_would 0:-0.19 1:-0.11 13:-0.13
b:dent_was 5:0.22
b:dental_practice 1:0.13 6:0.12
b:dental_practices 0:0.15
b:dentist_but 5:-0.17
b:dentist_explained 1:-0.47 4:-0.17
b:dentist_has 1:0.36 5:-0.2
b:dentist_is 0:-0.22 5:0.12 11:0.13 12:-0.1
b:dentist_never 6:-0.15
b:dentist_was 5:0.62 6:0.2
b:department_is 6:-0.15
b:departure_lounge 5:-0.11
b:depending_on 2:0.11 6:-0.19 9:0.13
b:deposit_and 0:-0.13 4:-0.14
b:deposit_for 3:-0.2
b:deposit_of 0:0.17 2:-0.15 6:0.22
b:describe_the 1:-0.17
b:described_as 0:0.15 2:0.26 3:0.32 5:0.54 6:0.22 10:0.19 11:-0.11 13:0.13
b:described_being 0:-0.1
b:described_by 0:0.11 5:-0.11
b:described_the 0:-0.23 1:0.38 2:-0.11 3:-0.2 4:0.12 5:-0.2 6:0.38 9:0.14 11:0.14 13:-0.24
b:described_their 6:-0.1
b:describing_it 0:-0.11
b:describing_them 0:-0.12
b:designer_knew 0:0.14
b:desk_and 0:0.18 5:-0.14
b:desk_are 6:0.12
b:desk_at 5:0.12
b:desk_could 2:0.22 6:-0.3
b:desk_didnt 6:-0.14
b:desk_for 5:0.12 6:0.12
b:desk_knew 1:0.29
b:desk_seemed 2:-0.17
b:desk_staff 4:-0.1 5:0.14
b:desk_was 1:0.12 2:-0.16 5:0.2 6:0.12
b:desk_were 0:-0.1 13:0.11
b:desk_while 1:0.4
b:desk_with 0:0.18
b:desk_woman 6:-0.11
b:despite_three 5:0.13
b:details_on 3:0.16
b:diagnosed_a 5:-0.11
b:diagnosed_my 9:-0.12
b:diagnostic_check 5:-0.13
b:diagram_of 2:0.1
b:diary_is 6:0.15
b:did_a 0:0.4 1:-0.12 4:-0.14 5:1.02 12:0.12 13:-0.14
b:did_and 0:-0.16
b:did_anyone 6:0.17
b:did_come 0:-0.19 2:0.11
b:did_exactly 0:-0.16 5:0.16
b:did_have 0:0.12 4:-0.11
b:did_it 0:0.25 1:-0.18 4:0.2 8:0.18
b:did_knock 1:0.17
b:did_my 0:0.31 4:0.13 5:-0.15
b:did_not 2:-0.1 4:-0.13 6:-0.17
b:did_ring 0:-0.14 6:0.15 13:0.1
b:did_the 0:0.11 1:-0.3 2:-0.13 3:0.14 5:0.32 6:0.13
b:did_they 4:-0.11
b:did_what 1:-0.18
b:didnt_address 6:0.11
b:didnt_answer 0:-0.26
b:didnt_bother 6:0.14
b:didnt_charge 0:0.3 2:-0.18 4:0.19 5:-0.24 11:0.1
b:didnt_crack 0:-0.12
b:didnt_even 0:0.11 1:0.25 2:0.14 5:-0.2 8:-0.29 12:-0.11
b:didnt_expect 0:0.21 3:0.21 6:0.15 7:0.12 10:0.11
b:didnt_feel 3:0.15
b:didnt_get 1:0.23 5:0.32
b:didnt_have 5:-0.16 6:-0.17 9:-0.12
b:didnt_just 1:-0.29 5:0.2 12:0.14
b:didnt_know 0:-0.1 1:-0.41 2:0.36 4:0.14 5:-0.44 6:-0.52
b:didnt_leave 0:-0.1 3:0.46 10:0.11
b:didnt_listen 1:0.12 2:-0.12 5:0.24 6:0.21
b:didnt_look 0:-0.12 5:-0.15
b:didnt_make 5:-0.26
b:didnt_mind 3:-0.18 5:0.17 12:0.13
b:didnt_need 0:-0.19 2:0.45 4:-0.31 6:-0.11 9:0.2
b:didnt_push 1:0.29
b:didnt_really 2:0.15
b:didnt_rush 2:-0.13 6:-0.11
b:didnt_say 1:-0.49 6:0.59
b:didnt_seem 1:-0.22 2:0.23 5:-0.1 9:-0.11
b:didnt_take 4:0.3
b:didnt_think 11:0.14
b:didnt_try 1:0.32 8:0.14
b:didnt_turn 5:0.23
b:didnt_understand 1:0.24 2:-0.13 5:-0.2
b:didnt_want 1:0.19 2:-0.11
b:died_after 0:-0.19 5:0.11 6:0.16
b:difference_between 2:0.26 4:0.12 5:-0.24
b:different_about 0:0.15 2:-0.4 5:0.16 6:0.16
b:different_answer 2:-0.1 5:0.26
b:different_answers 0:-0.16 1:-0.18 2:0.35 6:-0.3
b:different_deadlines 2:0.23
b:different_from 0:0.14
b:different_people 0:-0.11 2:0.16 5:-0.2
b:different_person 5:-0.12 6:-0.12
b:different_staff 2:0.14
b:different_story 1:0.13 12:0.14
b:different_things 6:-0.21
b:dining_table 6:0.13
b:dinner_money 2:-0.19 5:-0.18
b:dinosaur_hall 5:0.21
b:direct_debit 4:0.14 5:-0.22
b:dirty_look 2:-0.1 4:-0.13 5:-0.28
b:discharged_with 2:0.22
b:discount_for 1:0.33 5:0.19
b:discount_is 4:0.13
b:discussed_how 5:-0.11
b:discussed_the 3:0.11 5:0.4
b:discussed_their 2:-0.15
b:discussion_kept 1:-0.14
b:discussion_of 0:-0.23
b:dishes_contained 2:0.12 5:-0.17
b:dishes_were 1:-0.11 5:-0.2 6:0.12
b:dismissive_and 0:0.27
b:dispensary_fridge 5:-0.32
b:dissatisfaction_with 6:0.14
b:divided_on 2:-0.15
b:do_a 3:-0.16 11:-0.11
b:do_about 2:-0.1
b:do_and 6:-0.11
b:do_anything 1:0.26 2:-0.14 5:-0.13 8:-0.11
b:do_enough 5:0.15 8:0.15
b:do_get 5:0.11
b:do_i 2:0.11 5:0.17 6:0.19
b:do_it 0:0.17 5:-0.14
b:do_most 6:-0.11
b:do_next 1:0.18
b:do_that 6:-0.15
b:do_the 0:0.14 2:0.23 4:0.12 5:0.12
b:do_with 0:0.1 3:0.12 4:0.11 5:0.1 6:-0.1
b:do_you 1:0.31
b:doctor_couldnt 1:0.17 5:0.22
b:doctor_didnt 5:-0.16
b:doctor_rushed 1:0.1 6:0.27
b:dodgy_payment 0:0.22 5:-0.1 6:0.12
b:does_a 2:0.15 5:0.74 12:-0.11
b:does_it 5:0.21
b:does_the 1:-0.13 5:-0.87
b:does_what 0:-0.32 5:0.17
b:doesnt_cover 0:0.16
b:doesnt_explain 2:-0.12 6:0.1
b:doesnt_help 1:-0.14 2:-0.12
b:doesnt_know 1:0.15 2:0.16 5:0.35
b:doesnt_listen 1:-0.17
b:doesnt_show 6:0.17
b:dog_died 1:0.35 4:-0.11
b:dog_in 5:-0.1
b:doing_a 5:-0.23
b:doing_and 5:0.26
b:doing_anything 0:0.12 4:0.18 5:0.17
b:doing_her 5:-0.26 6:0.13
b:doing_it 0:-0.2 4:0.12 5:-0.13
b:doing_the 4:0.11 5:-0.11
b:dominated_discussion 0:0.16
b:done_and 3:-0.12
b:done_before 0:0.39 5:-0.1
b:done_by 5:-0.12
b:done_in 12:-0.1
b:done_it 0:-0.11 2:0.2 5:0.18 6:-0.23
b:done_one 9:-0.13
b:done_properly 5:0.2
b:done_the 0:0.36 1:0.23 4:0.1
b:done_to 5:0.13
b:done_with 0:-0.15 5:0.41
b:done_within 5:-0.13
b:dont_blame 0:0.18
b:dont_get 1:-0.2 5:-0.13
b:dont_have 5:0.25 6:0.24
b:dont_know 2:-0.11 4:-0.1 6:0.31
b:dont_mind 0:-0.21 1:-0.12 5:-0.13
b:dont_think 0:-0.14 1:0.11 4:0.31
b:dont_understand 2:-0.12 5:-0.16 6:0.29 13:-0.11
b:door_again 5:-0.11
b:door_and 0:-0.16 1:-0.21 3:0.14 6:-0.14
b:door_at 0:0.35 4:-0.25 5:0.18 6:-0.1
b:door_by 1:0.2
b:door_hanging 12:0.14
b:door_in 0:-0.19 5:-0.16
b:door_on 0:-0.18
b:door_to 0:0.5 1:-0.2 5:0.44 7:0.12
b:dot_and 0:0.27 1:0.26
b:double_booked 5:0.4
b:double_books 0:0.1
b:double_charged 0:0.23 5:-0.13
b:double_checked 1:-0.1
b:double_what 5:0.21
b:doubled_since 6:0.15
b:down_again 5:0.25 12:-0.11
b:down_and 0:-0.14 2:-0.13 5:0.13
b:down_before 3:0.16
b:down_for 1:0.21 6:0.56
b:down_in 0:0.35
b:down_is 0:0.14 2:0.14 6:-0.23
b:down_on 6:-0.2 11:0.13
b:down_since 0:0.1 6:-0.19
b:down_the 1:-0.18 2:0.24 3:0.15 5:-0.23 6:0.1 11:-0.2 12:-0.14
b:down_to 1:0.2 5:-0.34 6:0.12 11:0.1
b:downhill_since 5:0.19
b:dr_patel 1:-0.12 2:0.15 9:0.14
b:dreading_it 2:0.12 5:-0.12
b:drew_us 2:0.11
b:dried_out 5:0.24 6:0.15
b:drifted_to 0:-0.16
b:drilled_the 0:-0.16 2:0.34 5:-0.12
b:drilled_through 1:-0.11 3:-0.1 5:0.59 6:0.17
b:drink_was 6:0.26 13:0.11
b:driver_chucked 1:0.36 3:-0.11 5:0.25
b:driver_didnt 1:0.17 8:-0.1
b:driver_is 5:-0.11 6:0.35
b:driver_left 5:0.23
b:driver_rang 0:0.2
b:driver_took 2:0.1
b:driver_was 0:0.12 1:0.29 2:-0.26 5:0.2
b:drivers_are 6:-0.24
b:drivers_seat 3:0.28 5:-0.46
b:drivers_were 1:0.16
b:drives_like 1:0.18
b:driving_instructor 0:-0.2 2:-0.17 6:-0.22
b:driving_licence 5:0.16
b:driving_record 3:-0.34
b:driving_school 0:0.41 1:0.14 5:-0.16
b:drop_in 12:0.1
b:drop_off 1:-0.16 4:0.16 5:-0.14
b:drop_their 5:0.12
b:dropped_by 6:0.13
b:dropped_every 1:-0.1 5:0.25
b:dropped_it 0:0.18 5:-0.22
b:dropped_my 7:0.18
b:dropped_off 5:-0.11 6:0.11
b:dropped_the 0:0.24 3:-0.11 5:-0.14 6:0.13
b:dropped_to 10:0.15
b:drops_a 6:-0.16
b:drops_and 5:-0.13
b:drops_every 1:-0.2 5:0.14
b:drops_out 5:0.1
b:drove_40 0:-0.21 1:0.22 2:0.14 6:0.11
b:drove_off 6:-0.18
b:dry_as 5:0.48 12:-0.12
b:dry_cleaner 3:-0.22 5:0.52
b:dry_cleaners 1:0.5 2:-0.16 5:0.14 8:-0.14
b:dry_cleaning 0:0.1 4:-0.37 6:0.17
b:dryers_in 0:0.12
b:due_the 5:-0.13 6:0.27
b:dug_up 0:0.12 3:-0.15 5:0.12
b:dunno_why 11:0.11
b:during_my 1:0.1 5:-0.16 8:-0.12
b:during_the 1:0.14
b:dust_all 2:-0.15 5:0.12
b:dust_and 0:-0.12
b:dust_anywhere 3:0.11
b:dust_before 0:0.18 5:-0.2 10:0.14
b:dust_sheets 5:0.1
b:duty_manager 1:-0.15
b:dziękuję_! 5:0.15
b:e_bike 0:-0.16 6:0.15
b:e_for 5:-0.13
b:e_gates 0:0.13
b:e_with 5:-0.13
b:each_occasion 0:0.11
b:each_one 1:0.14 5:0.33
b:each_other 6:0.14
b:each_stage 1:0.13
b:each_step 0:0.17
b:each_time 0:-0.16 1:0.25 5:0.3 6:-0.32
b:ear_and 0:0.27 1:-0.15 5:0.49
b:earlier_than 5:0.13
b:earliest_convenience 4:-0.27 5:0.15
b:early_bird 4:0.1 5:0.13
b:early_termination 6:0.16
b:easier_to 2:-0.21 6:0.22
b:easy_to 4:0.2 5:0.51 8:0.11
b:eggs_and 5:0.11
b:eggs_that 4:-0.14 12:-0.18
b:eight_and 0:0.19 5:-0.11
b:eight_days 0:0.12 4:0.12 5:-0.16 7:0.24
b:eight_months 0:0.13 6:0.18
b:eight_weeks 0:0.17 4:-0.24 7:-0.21
b:eight_years 2:0.11 6:-0.14
b:either_of 0:0.18 1:0.22 2:-0.14
b:either_time 0:0.13
b:either_way 0:-0.17 1:-0.51 2:-0.12 4:-0.34 5:0.11 6:-0.27
b:elderly_customers 1:0.54
b:elderly_patients 1:0.11
b:electrician_told 5:-0.11
b:electricity_bill 0:0.12 5:-0.11
b:eleven_days 0:0.16 2:-0.13 4:0.18
b:eleven_weeks 0:-0.22 6:-0.11
b:eleven_years 5:-0.15
b:elm_st 0:0.13
b:else_had 6:-0.22
b:else_in 11:0.12
b:elses_bag 2:-0.16 5:0.31
b:elses_hair 3:0.14
b:elses_prescription 2:0.18
b:elses_tablets 2:0.38
b:email_about 3:-0.11 5:0.12 6:0.14
b:email_at 1:0.31
b:email_from 1:0.28 6:-0.13
b:email_in 6:0.14
b:email_is 4:-0.13 6:0.25
b:email_saying 0:-0.16 1:-0.12 13:-0.15
b:email_the 0:-0.14
b:email_with 5:-0.21 13:0.15
b:emailed_a 4:0.1
b:emailed_about 0:-0.2 6:0.15
b:emailed_me 0:0.13 5:0.29
b:emailed_the 5:0.25
b:emailed_twice 1:-0.26 4:-0.12
b:emails_about 0:-0.16 6:0.26
b:emails_for 5:0.13
b:emails_the 6:0.12
b:emails_to 0:0.17 1:0.23 6:0.13 13:-0.11
b:emergency_number 1:0.12 2:-0.11 6:-0.12
b:emptied_since 5:-0.16
b:emptying_my 5:0.14
b:end_of 0:0.19 1:-0.12 5:0.23 11:0.13
b:end_up 0:0.15 1:0.22 2:0.18 6:-0.2 7:-0.12 13:-0.18
b:ended_up 1:-0.29 2:0.11 3:-0.14 4:-0.13 5:0.14 9:-0.14 12:-0.12
b:ends_and 2:-0.12 3:0.23 5:-0.12
b:ends_up 0:0.11 5:0.35
b:energy_advisor 6:0.14
b:energy_company 0:0.2 1:0.19 5:-0.18 6:-0.21
b:energy_supplier 4:0.2 5:-0.21
b:engine_and 5:-0.19 6:-0.19
b:engineer_for 5:0.2
b:engineer_found 5:-0.39
b:engineer_knew 5:-0.23
b:engineer_left 3:0.34 5:-0.29 10:-0.1
b:engineer_out 5:-0.13
b:engineer_said 1:0.17 5:-0.12
b:engineer_turned 2:0.17 5:0.55 6:-0.11
b:engineer_was 0:0.28 2:-0.26 5:0.24 12:-0.14 13:-0.17
b:engineer_who 4:-0.15
b:engineers_themselves 6:0.22
b:english_and 1:-0.17 2:-0.14 4:0.22 5:0.21
b:english_is 5:-0.11
b:enjoy_your 1:-0.17
b:enough_about 5:-0.22
b:enough_for 8:0.15
b:enough_of 5:0.2
b:enough_to 0:-0.14 2:0.19 5:0.27
b:entire_time 1:0.13 5:-0.15 6:0.12
b:entitled_to 4:0.26 6:-0.16
b:equipment_is 0:0.15 4:0.29 5:0.19
b:especially_for 6:0.1
b:especially_the 4:-0.14 5:0.29 6:0.12
b:espresso_machine 5:0.11
b:estate_agent 1:-0.32 2:0.2 6:0.17
b:estate_agents 1:-0.13 5:0.31
b:estimated_bills 4:-0.19
b:even_acknowledge 1:0.18 8:-0.11
b:even_after 3:0.1 5:0.14
b:even_asked 1:-0.29 5:0.15 6:0.1
b:even_asking 1:0.46 2:-0.26 4:0.43 6:-0.22 11:0.16
b:even_at 0:0.21 4:0.1
b:even_drew 6:0.24
b:even_explained 0:-0.13
b:even_finished 0:-0.35 1:-0.1 6:-0.11
b:even_got 0:0.18
b:even_hoovered 3:0.11
b:even_in 1:0.15 6:0.1
b:even_left 0:0.13
b:even_look 5:-0.15
b:even_noticed 1:0.19 2:0.12
b:even_on 0:-0.21 5:0.6
b:even_opened 5:-0.22
b:even_put 5:-0.14
b:even_see 0:-0.3
b:even_so 5:0.13
b:even_the 0:0.12 3:0.11 10:0.19 12:0.16
b:even_tho 1:0.21 3:-0.13 5:-0.17 8:0.11
b:even_though 1:-0.25 2:-0.1 3:-0.11 4:-0.17 5:-0.36 6:-0.18 11:0.18
b:even_told 1:0.15
b:even_when 0:-0.12 2:0.23 5:-0.24 6:-0.24
b:even_wiped 5:0.22
b:evening_and 1:0.23
b:eventually_came 5:0.14
b:ever_been 7:-0.11
b:ever_did 0:-0.11
b:ever_explained 4:-0.2
b:ever_got 6:0.13
b:ever_had 0:-0.16 4:0.14
b:ever_one 5:0.15
b:ever_rings 2:0.17
b:ever_since 0:0.17 5:0.11
b:ever_so 1:0.15
b:ever_told 0:0.21
b:every_20 6:0.17
b:every_appointment 0:0.11 6:-0.35 7:-0.11
b:every_april 6:-0.1
b:every_back 1:0.27
b:every_call 0:0.37
b:every_client 10:-0.13
b:every_customer 3:0.12 10:0.1
b:every_day 4:0.16 5:0.74 6:0.24 12:-0.16
b:every_evening 0:0.12 1:0.3 5:0.13
b:every_five 0:0.13 1:-0.23
b:every_friday 0:-0.11 2:0.14
b:every_half 0:-0.13 6:0.15
b:every_hotel 0:-0.13
b:every_hour 0:0.14 3:0.51 10:0.24
b:every_job 4:-0.14
b:every_monday 0:-0.29 5:-0.25
b:every_month 2:0.15
b:every_morning 0:0.14 1:0.15 5:-0.1
b:every_one 0:0.3 1:0.22 2:-0.19
b:every_other 4:0.12 5:-0.28
b:every_participant 0:0.19
b:every_penny 0:-0.11 4:0.19 5:-0.2 11:0.32 12:0.23
b:every_quarter 2:-0.14
b:every_question 0:-0.12 2:-0.28 6:0.44
b:every_scratch 4:-0.11
b:every_session 0:0.15 6:0.16
b:every_shift 1:-0.11 5:0.24
b:every_single 0:0.18 1:-0.28 4:-0.32 5:0.23 6:-0.13 12:-0.21
b:every_stage 4:0.11 5:0.24
b:every_step 1:-0.36 2:-0.13 6:0.17
b:every_table 2:0.11
b:every_ten 1:0.2 5:0.22 8:-0.1
b:every_time 0:0.29 2:-0.22 3:-0.25 4:0.27 5:-0.21 6:0.19 7:-0.19 11:-0.1 13:-0.11
b:every_transaction 1:0.22
b:every_update 5:0.12 6:-0.26
b:every_week 1:0.22 5:0.14 6:-0.58 10:-0.12 11:-0.13
b:every_year 11:-0.2
b:everyone_agreed 1:0.3 5:-0.21
b:everyone_by 1:0.18 2:-0.3
b:everyone_else 5:-0.14 6:0.16 8:-0.13
b:everyone_ends 5:0.36
b:everyone_on 2:0.17 6:-0.16
b:everyone_said 5:0.27
b:everyone_was 0:-0.26 1:-0.32
b:everything_about 1:-0.17 2:0.15 5:0.16 6:-0.21
b:everything_and 6:0.14
b:everything_clearly 0:0.2
b:everything_down 3:0.17
b:everything_else 5:0.28
b:everything_in 1:0.16 2:-0.12 6:0.12
b:everything_inside 1:0.35 3:-0.11 5:0.25
b:everything_slowly 1:0.23
b:everything_the 5:0.25
b:everything_was 0:0.21 4:0.14
b:everything_we 5:0.42 12:0.11
b:exactly_a 5:-0.12
b:exactly_as 5:0.18
b:exactly_how 1:-0.11 2:0.44 5:0.42 6:0.21 9:0.15
b:exactly_like 2:0.21 5:0.3
b:exactly_quick 0:0.11
b:exactly_that 0:-0.16 2:0.2
b:exactly_the 0:-0.2 5:0.35
b:exactly_what 0:0.15 1:-0.24 2:-0.43 4:0.11 5:-0.19 6:-0.19 9:0.22 11:0.22 12:0.28
b:exactly_whats 6:-0.15
b:exactly_when 0:0.31 7:0.12
b:exactly_where 2:-0.12 6:0.54 13:0.14
b:exactly_which 1:0.35 2:0.38 3:-0.16 5:-0.23 6:-0.25 9:0.16
b:exactly_why 5:0.37
b:excellent_and 3:0.11 5:0.25
b:excess_was 4:0.25
b:exercises_that 5:0.37
b:exit_fees 1:-0.15 6:0.13
b:expect_a 5:-0.12
b:expect_much 3:0.23 4:-0.1 12:0.11
b:expect_that 1:0.13 6:0.16
b:expected_a 0:0.22 1:0.12 4:0.11
b:expected_better 6:-0.23
b:expected_more 1:-0.13 5:0.24 11:-0.1 12:-0.22
b:expecting_a 1:0.25 5:0.27 12:0.16
b:expecting_the 4:0.13
b:expecting_to 1:-0.31 6:-0.13
b:expensive_for 0:-0.15 4:0.15 6:0.24
b:experience_from 6:-0.14
b:explain_anything 5:0.13
b:explain_it 0:0.11 2:0.27 6:-0.12
b:explain_me 5:-0.18
b:explain_my 6:0.11
b:explain_the 1:-0.21 6:0.25 13:-0.16
b:explain_three 5:0.16 13:-0.12
b:explain_what 2:-0.13 5:-0.21 6:0.11
b:explain_why 2:0.13 6:-0.2
b:explained_each 1:0.17 4:0.12
b:explained_every 1:-0.54 3:0.19 5:0.2
b:explained_everything 1:0.31 5:-0.19 6:0.28 13:0.12
b:explained_exactly 2:-0.17 4:-0.18 6:0.13
b:explained_it 2:-0.2 4:-0.18 13:0.12
b:explained_my 2:0.16
b:explained_really 6:-0.35
b:explained_that 0:0.18
b:explained_the 1:0.15 2:-0.16 3:0.21 4:-0.26 6:0.22 13:0.2
b:explained_what 0:0.11 2:0.31 3:-0.12 5:0.34 6:0.16
b:explained_why 2:0.11 12:0.11
b:explaining_the 6:0.2 13:-0.11
b:explains_the 6:-0.2
b:explains_what 5:0.13
b:explaned_evrything 6:0.11
b:express_checkout 0:0.43 7:-0.15
b:express_my 1:0.13
b:extended_warranty 0:0.13 3:-0.12 4:0.25 5:-0.13 6:-0.12
b:extra_charge 5:-0.12
b:extra_for 4:-0.25 6:-0.17 7:-0.32
b:extra_insurance 5:0.19
b:extra_work 4:0.11 5:-0.11
b:extra_£ 4:-0.33 6:0.23
b:eye_test 2:-0.11 4:0.43 5:-0.18
b:eye_watering 1:0.22 5:0.24
b:fab_haircut 1:0.27 5:0.1
b:face_id 2:-0.27 5:0.2 12:-0.12
b:face_in 5:0.24 8:0.15
b:face_when 1:-0.36 12:0.13
b:fade_in 1:-0.11 12:0.1
b:fade_ive 5:0.11
b:faff_but 0:-0.21 5:-0.13
b:failed_on 0:0.31 5:-0.13
b:fair_compared 4:0.14
b:fair_enough 3:-0.24 4:-0.31
b:fair_for 1:-0.12 4:0.12 11:0.28
b:fair_play 0:-0.12 1:0.4 2:-0.15 4:0.39 12:-0.16
b:fair_price 0:0.11 5:0.11
b:fair_prices 1:0.24 3:0.1 5:-0.32
b:fair_result 4:-0.12 5:0.19 6:-0.2
b:fair_the 1:0.12 3:0.17 5:0.16
b:fair_they 6:0.25 13:0.11
b:faith_in 2:-0.12 8:0.12
b:fall_apart 0:0.11 2:0.15 5:-0.11 6:-0.29
b:falling_apart 0:-0.14
b:families_have 1:-0.1 5:-0.14
b:family_swim 5:0.32
b:fantastic_value 5:0.21 11:-0.17
b:far_better 1:-0.3 2:0.18 5:0.13
b:far_less 0:0.13 4:-0.14
b:far_more 5:-0.13
b:far_too 4:-0.13
b:fast_and 6:0.26
b:fast_track 5:-0.11
b:faster_than 0:-0.42 5:0.25
b:fault_and 2:-0.17 6:0.15
b:fault_her 1:0.14
b:fault_in 5:0.35
b:fault_it 0:0.17 1:-0.11 5:0.32 6:0.11
b:fault_the 4:-0.12 5:-0.11 6:-0.25 10:0.11
b:fault_them 0:0.12 5:-0.3
b:fault_was 2:0.21
b:feature_is 5:-0.15
b:fed_up 2:-0.12 6:-0.12
b:fee_as 1:0.11 10:0.1
b:fee_for 4:0.15 5:0.55 6:-0.35 11:-0.11
b:fee_is 2:0.14
b:fee_of 0:0.13
b:fee_on 0:-0.22 4:-0.2 11:-0.13
b:fee_to 4:0.16 5:-0.1 6:0.2 11:-0.14
b:fee_was 0:0.19 4:0.16 5:-0.48
b:feedback_from 5:-0.23 13:0.12
b:feedback_on 2:0.17
b:feel_bad 4:0.22 5:-0.11
b:feel_like 0:-0.3 1:0.25 2:-0.1 4:0.3 5:-0.12 6:-0.16
b:feel_pushed 1:-0.21
b:feel_really 2:0.16
b:feel_rushed 0:-0.19 2:0.14 8:0.14
b:feel_stupid 4:-0.1
b:feel_welcome 5:0.1
b:feeling_like 0:-0.15
b:fees_are 2:0.12 4:0.2 5:-0.15 11:-0.16
b:fees_had 5:0.13
b:fees_on 4:0.22
b:fees_went 5:0.21
b:fees_were 5:-0.17 6:-0.15 11:0.13
b:fell_apart 4:-0.47 5:0.1
b:fell_out 0:0.13 4:0.12 5:0.42
b:fella_at 1:-0.1 4:-0.18
b:fella_behind 0:0.12
b:fella_on 1:-0.12
b:felt_a 2:0.11
b:felt_completely 6:0.16
b:felt_it 4:0.15
b:felt_like 1:0.29 5:-0.61 13:0.12
b:felt_so 2:-0.17 5:0.35
b:felt_strongly 6:-0.14
b:felt_the 1:-0.25 4:0.16 5:0.66 6:0.17
b:felt_they 5:-0.13 11:-0.15
b:felt_to 0:0.19 5:-0.14 6:0.14
b:felt_very 1:0.17
b:felt_was 0:0.21
b:ferry_staff 1:0.1 2:0.13 4:0.35
b:few_complaints 5:0.3
b:few_mentioned 1:0.1
b:few_people 1:-0.1 2:0.14 4:-0.18 5:-0.3
b:fewer_people 0:-0.14 6:0.16
b:fibre_broadband 9:-0.16
b:fibre_is 0:-0.59 5:0.36 12:-0.11
b:fifteen_minutes 5:-0.15
b:fifty_minutes 4:-0.13
b:fifty_times 2:-0.12 7:0.15
b:fill_in 0:-0.14
b:filled_in 6:-0.16
b:filling_this 4:-0.16
b:film_on 3:0.47
b:film_was 3:-0.11 5:0.38 6:-0.13 12:0.17
b:filthy_inside 3:0.1
b:final_bill 0:0.12 4:0.23 5:-0.13 6:0.45
b:final_invoice 5:-0.15
b:finally_a 5:0.23
b:finally_answer 6:-0.28
b:finally_been 5:0.11 12:0.1
b:finally_came 5:-0.12 13:-0.13
b:finally_got 1:0.11 5:-0.16 9:0.25
b:finally_hear 6:0.16
b:finally_turned 0:-0.22
b:find_a 4:-0.24 5:-0.11 9:0.1 10:-0.1
b:find_it 1:0.14 6:-0.11
b:find_out 1:-0.11 2:0.2 6:0.31 9:-0.11 13:-0.14
b:find_someone 1:-0.12
b:find_the 0:-0.26 1:-0.17 2:0.26 5:-0.32 9:0.12 11:-0.11
b:find_their 0:0.15 6:0.12
b:finding_out 6:0.2
b:fine_and 1:-0.14 4:-0.18 5:-0.14
b:fine_but 2:0.1 4:-0.13
b:fine_by 2:0.1 5:-0.12
b:fine_for 0:-0.39 1:0.2 4:0.15
b:fine_i 1:-0.18 5:-0.23
b:fine_now 1:0.21
b:fine_since 5:0.2
b:fine_was 4:0.19
b:fingerprints_all 5:0.1
b:finished_describing 0:-0.18 1:-0.13 2:0.12
b:finished_explaining 6:-0.28
b:finished_my 5:-0.2
b:finished_the 0:0.19
b:firm_for 2:0.11 5:0.18 6:-0.15 12:-0.11
b:firm_said 5:0.11
b:firm_was 0:0.16 2:-0.16 6:0.15
b:first_bill 4:0.2 5:-0.14
b:first_call 1:0.1
b:first_class 0:0.11 2:0.19 5:-0.15
b:first_go 0:0.11 2:0.46 6:-0.18 9:0.11
b:first_one 6:0.13
b:first_person 1:0.26 6:-0.18
b:first_place 5:0.12 6:0.28 12:-0.13
b:first_thing 5:0.19
b:first_three 5:0.17
b:first_time 0:-0.4 2:0.13 3:-0.2 4:-0.18 5:-0.48 6:-0.34 7:0.18 12:0.27 13:0.24
b:first_week 6:0.14
b:first_year 5:-0.13
b:fish_and 5:0.14
b:fish_counter 2:0.37 5:0.18
b:fish_stall 1:0.15 3:-0.24
b:fish_tank 6:-0.1
b:fit_a 0:-0.1
b:fitted_the 5:0.13
b:fitting_and 2:-0.11 4:0.15
b:five_and 5:-0.24
b:five_days 5:0.32 6:-0.12 7:-0.16
b:five_minutes 0:-0.52 1:-0.1 2:-0.28 3:-0.1 6:0.19 7:0.1 12:-0.14
b:five_months 0:0.23
b:five_stars 3:0.51 5:0.18
b:five_weeks 0:0.35 2:-0.18 5:-0.2 6:0.15
b:five_years 12:0.11
b:fiver_for 11:0.14
b:fix_a 7:0.13
b:fix_anything 1:-0.23 5:-0.15 6:-0.12
b:fix_for 1:0.12
b:fix_it 5:0.15
b:fix_my 1:-0.16
b:fix_the 1:-0.11 2:-0.13 3:-0.19 5:0.51
b:fixed_after 7:-0.15
b:fixed_first 5:0.3 6:-0.14
b:fixed_in 5:-0.1
b:fixed_it 4:0.11 5:0.11
b:fixed_my 0:0.26 4:0.24 11:0.21 12:0.1
b:fixed_same 5:-0.55
b:fixed_the 0:0.29 5:0.65 12:0.12
b:fixed_within 5:-0.31
b:flat_and 0:-0.11 5:-0.2 12:-0.23
b:flat_pack 6:0.26
b:flat_was 6:-0.15
b:flat_white 0:0.16 3:-0.13 5:0.17
b:flea_treatment 11:-0.14
b:flies_on 3:0.23 5:-0.11
b:flight_to 5:0.28
b:flight_was 0:0.11 6:0.1
b:flights_and 1:0.11 3:0.15
b:floor_and 5:-0.14
b:floor_ive 10:-0.25
b:floor_never 1:0.16
b:floor_smells 3:0.23
b:floor_so 5:-0.25
b:floor_swept 3:0.13 10:0.1
b:floor_team 2:-0.22 6:0.2
b:floor_was 1:0.21 5:-0.1 6:0.23
b:fly_tipping 0:0.24 6:-0.14
b:fly_to 1:-0.13 4:0.12 11:-0.29
b:focus_group 0:-0.11 5:0.12
b:focused_on 0:-0.14
b:follow_up 2:-0.12
b:food_and 0:-0.13
b:food_arrived 5:-0.16
b:food_at 1:-0.13 5:0.15
b:food_came 5:-0.49
b:food_has 4:0.1
b:food_in 1:0.1 2:0.18 5:0.19
b:food_is 5:0.18 12:-0.31
b:food_on 5:-0.14
b:food_was 1:0.18 3:0.2 5:0.67 6:-0.25 10:-0.15 11:-0.14 12:-0.2
b:foot_passengers 2:-0.14
b:footwell_and 5:-0.19
b:for_1 0:-0.15 2:0.21 4:0.28 5:-0.13
b:for_10 0:0.35 5:-0.14
b:for_11 5:-0.13
b:for_15 5:-0.44 6:-0.18
b:for_2 5:0.23 6:0.13
b:for_20 0:0.32 2:0.25 5:0.14 6:-0.12
b:for_25 1:0.12
b:for_3 0:-0.31 4:0.32 11:-0.12
b:for_30 0:-0.15
b:for_35 6:0.28
b:for_4 3:0.2 5:-0.14
b:for_40 0:0.11 1:-0.32
b:for_45 3:0.27 5:-0.1
b:for_5 0:0.34 11:-0.1 12:-0.21 13:-0.14
b:for_50 5:-0.12
b:for_52 0:0.14 6:-0.24
b:for_55 5:-0.15
b:for_6 0:-0.11 5:-0.15 6:0.14
b:for_80 5:0.14
b:for_9 0:0.36 5:0.15
b:for_a 1:-0.17 2:0.39 4:0.26 6:-0.23 7:0.25 8:0.5 10:-0.16 11:0.46 12:-0.33 13:-0.16
b:for_ages 0:0.22 6:-0.19
b:for_all 2:0.2
b:for_an 2:-0.24 3:0.12 4:0.3 5:-0.4 6:0.1 7:-0.15 8:-0.11 11:-0.2
b:for_another 1:-0.13 5:0.16 6:0.12
b:for_anyone 0:-0.26 4:-0.29
b:for_anything 0:-0.1 3:-0.19 5:0.24
b:for_as 1:0.19
b:for_asking 1:0.22 3:-0.11 5:-0.2
b:for_being 0:-0.33 2:-0.11 4:0.12
b:for_better 0:-0.11
b:for_broadband 11:-0.21
b:for_canada 1:0.19
b:for_charging 5:-0.11
b:for_collection 6:0.12 7:-0.13 13:-0.13
b:for_customers 12:0.1
b:for_days 0:-0.37 1:-0.34 5:0.49
b:for_delivery 0:0.31 6:0.15
b:for_eight 0:0.11 6:-0.14
b:for_every 1:-0.1 4:0.19
b:for_everyone 1:0.18
b:for_exactly 2:0.22 6:0.12
b:for_explaining 6:0.13
b:for_five 2:-0.12 5:-0.37 6:0.26
b:for_four 5:0.12
b:for_free 0:-0.19 2:-0.16 4:0.28 5:0.34 12:0.14
b:for_getting 3:0.12 6:-0.13
b:for_going 4:0.12
b:for_guaranteed 0:0.13
b:for_half 0:0.14 1:0.17 2:0.13
b:for_help 6:-0.15
b:for_her 1:0.26 2:0.23 5:-0.1 9:0.11
b:for_his 3:-0.11 5:-0.15 9:0.1
b:for_how 5:0.16
b:for_it 0:-0.41 1:-0.2 3:0.37 4:0.34 5:-0.14 6:0.37 7:-0.1 8:0.22
b:for_itself 5:-0.11
b:for_keeping 1:0.13 5:0.22 12:-0.11
b:for_less 4:0.13
b:for_maintenance 4:0.11
b:for_me 0:0.32 1:0.1 3:-0.16 5:0.16 6:0.3 8:0.12 13:0.28
b:for_months 2:0.18 3:-0.12 5:-0.13 9:0.1
b:for_more 0:-0.24 1:-0.37 2:-0.2 5:0.39 6:0.19 12:0.13 13:0.16
b:for_most 5:-0.13
b:for_my 1:0.26 2:-0.38 4:-0.14 5:-0.54 6:0.23 8:0.13 11:0.14
b:for_nearly 1:0.22
b:for_new 5:0.46
b:for_next 0:0.2 4:-0.42 5:-0.13 6:-0.16 7:-0.33
b:for_nine 0:-0.18 4:0.11
b:for_no 5:-0.14
b:for_not 1:0.49 2:-0.1 4:-0.1 6:-0.15
b:for_nothing 1:0.32 2:-0.26 4:0.57 5:-0.36 6:0.13
b:for_on 4:-0.28
b:for_once 1:-0.42 3:0.19 4:0.23 5:-0.11 10:0.11 11:0.15 12:0.16 13:0.1
b:for_one 0:-0.12 1:0.14 2:0.18 5:-0.25 6:-0.14 11:0.11
b:for_our 1:-0.2 5:-0.23 6:-0.4
b:for_over 0:0.4 1:-0.24 6:-0.24
b:for_overstaying 4:0.18
b:for_parking 11:-0.18
b:for_pay 5:0.39
b:for_paying 1:0.29 4:-0.11 6:-0.2
b:for_premium 5:-0.12
b:for_repair 0:0.18 7:0.17
b:for_selling 4:-0.11
b:for_semi 5:0.3 6:-0.12
b:for_seven 0:0.17
b:for_six 0:0.13 5:0.18 11:-0.11
b:for_slow 0:-0.29 2:0.24 5:0.25 6:-0.19
b:for_some 0:0.12
b:for_someone 0:0.63 2:-0.11 5:-0.46 6:-0.1
b:for_something 2:0.34 12:0.11
b:for_sorting 5:-0.23
b:for_staff 3:-0.31 4:-0.33
b:for_ten 0:0.2 1:0.16 7:-0.11
b:for_that 0:0.18 1:0.32 2:-0.24 3:-0.11 4:0.2 6:0.12 12:-0.13
b:for_the 0:0.72 1:0.13 2:-0.43 3:0.22 5:0.23 7:-0.15 8:-0.21 9:-0.24 10:-0.21 12:0.44 13:-0.15
b:for_their 0:0.11 5:-0.15
b:for_them 1:0.28 6:-0.14
b:for_this 5:0.26
b:for_three 4:0.18 5:0.33 6:-0.16
b:for_thursday 5:0.19
b:for_twelve 2:-0.13
b:for_twenty 0:-0.25 2:0.24 6:-0.14
b:for_two 0:-0.36 1:-0.14 2:-0.17 5:0.14 6:-0.31 9:-0.14 11:0.18
b:for_us 0:-0.32 1:-0.1 3:0.28 4:0.12 5:-0.11
b:for_weeks 0:-0.28 3:0.25
b:for_what 0:-0.16 1:-0.12 2:0.16 4:0.34 5:-0.41 6:-0.13 12:-0.11
b:for_whats 2:-0.12 4:0.17
b:for_years 1:0.17 2:0.14
b:for_you 1:0.11 8:0.14
b:for_£ 0:0.35 1:-0.33 4:0.11 5:0.21 11:0.42
b:forget_the 2:0.17 5:0.21 6:-0.11
b:forgot_the 0:0.34 5:0.51
b:form_and 1:-0.17
b:form_for 5:0.16
b:form_i 1:0.12
b:form_in 0:-0.13 2:0.31 4:0.11 5:-0.13
b:form_line 6:0.12
b:form_was 0:0.14 2:0.11 4:0.27 5:-0.18 6:0.2
b:formal_complaint 0:0.12
b:formally_complain 4:0.12
b:forms_with 0:-0.12
b:fortnight_after 3:0.11 5:0.24
b:fortnight_and 3:0.11 5:-0.17
b:fortnight_to 2:-0.1 7:0.13
b:forty_five 5:-0.1
b:forty_minutes 0:0.22 1:-0.13 2:0.15 4:0.21 5:0.11 6:0.15 7:-0.11
b:forty_pounds 2:0.13
b:forty_seven 6:-0.24
b:found_a 5:-0.18 9:0.12 11:0.1
b:found_confusing 6:0.18
b:found_it 1:0.31 2:0.14 4:-0.2 5:-0.11 6:-0.26 10:0.11
b:found_me 2:-0.12 5:-0.19
b:found_my 0:0.13 4:0.16
b:found_out 0:-0.19 2:-0.35 4:0.22 6:-0.22 12:0.15 13:-0.14
b:found_the 1:-0.16 2:0.53 3:-0.11 4:0.2 5:0.57 6:0.38 9:0.21 13:-0.13
b:found_them 8:-0.14
b:found_us 5:-0.13
b:four_and 5:-0.16
b:four_coats 0:-0.19 4:0.12
b:four_days 1:-0.11 4:-0.28 5:-0.16 6:-0.2 7:-0.23
b:four_different 6:0.16
b:four_emails 0:-0.14 4:-0.12 5:-0.13
b:four_hours 0:0.18
b:four_minutes 1:0.18 4:0.16 5:-0.35
b:four_months 0:0.42 5:-0.11
b:four_times 2:0.17 3:0.2 5:0.29 6:0.41 13:-0.13
b:four_visits 2:0.1 5:-0.12 9:-0.17
b:four_weeks 5:0.11
b:four_years 0:0.15 5:0.51
b:fourteen_days 0:-0.1
b:fourteen_weeks 0:0.14
b:fourth_person 6:0.19 9:-0.12
b:fourth_time 6:0.19
b:frames_were 5:-0.13
b:fraud_lady 1:0.17 6:-0.14
b:fraud_team 0:0.49 1:0.22 3:-0.16 6:0.13
b:free_bench 0:0.27 4:-0.19 7:-0.12
b:free_entry 5:0.29
b:free_even 2:-0.14
b:free_eye 5:-0.11
b:free_machine 0:0.35 5:-0.29
b:free_of 3:-0.4 4:0.14
b:free_parking 4:-0.75
b:free_stuff 1:0.21
b:free_to 4:-0.23 5:0.13
b:free_which 4:0.16
b:freezing_and 3:0.23 5:0.46
b:fresh_air 1:0.38
b:fresh_and 1:-0.11
b:fresh_bread 5:0.13
b:fresh_coffee 5:-0.11
b:fresh_flowers 5:-0.35 10:0.12
b:friday_and 0:0.31 4:0.11 5:0.18
b:friday_is 0:0.4 5:0.12 7:-0.1
b:friday_night 0:0.11
b:friday_with 2:0.13
b:fridge_alarm 5:-0.32
b:fridge_freezer 5:0.15 6:0.14
b:friendliest_bunch 1:0.22 11:0.17
b:friendliest_but 0:0.21
b:friendly_and 0:0.14 1:0.26 2:0.28 3:0.12
b:friendly_but 1:0.12 2:0.25
b:friendly_enough 5:-0.12
b:friendly_staff 0:0.15
b:friendly_the 1:0.2
b:friendly_with 5:0.11
b:from_6 0:-0.11 5:0.12
b:from_a 0:-0.15 1:0.22 2:0.19 3:0.22 4:-0.23 6:-0.38 8:0.14 10:0.12 12:0.25
b:from_another 5:0.1
b:from_day 0:0.12
b:from_her 4:0.11
b:from_here 0:-0.25 5:0.62 12:-0.16
b:from_hmrc 0:0.24
b:from_last 5:-0.42
b:from_me 5:-0.13
b:from_my 1:-0.15 2:-0.17 5:-0.24 6:0.11
b:from_one 0:-0.13 2:0.25 5:0.26 9:0.11
b:from_our 0:-0.16
b:from_poland 5:-0.11
b:from_school 1:-0.34 6:0.11
b:from_start 3:-0.12 5:-0.22 6:-0.14
b:from_the 0:-0.1 1:0.29 2:-0.53 3:0.27 4:0.2 5:-0.12 6:0.61 7:0.16 8:-0.12 10:-0.14
b:from_their 5:-0.11
b:from_them 2:-0.12 7:0.13
b:from_us 5:-0.21 11:-0.15
b:from_£ 4:0.13 5:0.13 6:0.49
b:front_counter 1:-0.29
b:front_desk 2:-0.12
b:front_door 0:-0.1
b:front_garden 0:0.2 3:0.53 5:-0.29 10:-0.14
b:front_of 3:-0.16 9:-0.16
b:front_room 0:-0.26 1:-0.2 5:0.28 6:0.1
b:frustration_about 0:0.12
b:frustration_was 0:0.21 5:0.11
b:full_and 1:-0.1 5:-0.23 6:0.11
b:full_day 1:0.13
b:full_english 5:0.13
b:full_every 5:0.23
b:full_of 0:0.14 1:-0.24 2:-0.26 3:0.18 4:0.24 5:-0.31 6:0.29 7:0.13 11:0.11 12:-0.12 13:-0.1
b:full_price 4:-0.22 5:-0.18 6:-0.1 11:-0.12
b:full_so 0:-0.33
b:full_valet 4:0.31
b:funded_hours 0:-0.14
b:fur_and 3:0.14
b:furious_because 5:-0.12 6:0.1
b:furious_that 5:-0.17
b:further_to 0:-0.21
b:fuse_board 3:-0.1 5:0.12
b:fuse_box 0:0.29 1:0.21 5:0.15
b:fuss_and 1:-0.12 3:0.13 5:-0.17 6:0.18
b:gallery_shop 4:0.19
b:garage_did 0:0.13 2:-0.17
b:garage_found 0:-0.1 2:0.17 4:-0.11 5:0.24
b:garage_in 5:-0.16
b:garage_said 2:0.34 4:-0.24 9:-0.13
b:garage_told 4:0.17 9:0.32 11:0.13
b:garages_had 5:-0.21
b:garden_centre 0:0.23 2:0.19 5:-0.25 6:-0.19
b:garden_is 5:-0.15
b:garden_to 5:0.15
b:garden_waste 0:-0.16 5:-0.15
b:gas_bill 4:-0.13 5:0.11 6:0.17
b:gas_engineer 2:0.21 5:0.25 6:-0.11
b:gate_and 1:-0.11 6:-0.17
b:gate_staff 0:0.16 5:-0.12
b:gates_have 7:0.12
b:gave_a 2:-0.15
b:gave_different 2:0.13 6:-0.17
b:gave_me 0:0.31 2:0.34 4:-0.24 6:0.18
b:gave_my 4:0.11 5:0.14
b:gave_the 5:0.11
b:gave_up 0:-0.43 5:-0.88 7:-0.12
b:gave_us 1:0.25 5:0.29 12:-0.11
b:generally_felt 2:0.13
b:generous_portions 5:0.17
b:gentle_and 5:-0.23 6:0.11
b:gentleman_at 2:0.11 4:-0.1
b:genuinely_apologetic 1:0.11 4:0.12
b:genuinely_couldnt 2:0.28
b:genuinely_dont 2:0.12 6:-0.12
b:genuinely_lovely 5:0.21
b:genuinely_spotless 4:-0.24 5:-0.11
b:genuinely_think 5:-0.12
b:genuinely_useful 1:-0.13
b:get_a 0:-0.26 1:0.27 4:-0.13 5:-0.35 11:0.14
b:get_an 0:0.38 1:0.24 2:0.32 5:-0.11
b:get_called 0:-0.13
b:get_checked 3:0.31
b:get_complaints 6:-0.13
b:get_hold 0:-0.13
b:get_it 0:-0.2 4:-0.19 12:-0.17
b:get_my 0:0.13
b:get_one 1:0.22
b:get_out 3:-0.22 5:0.12
b:get_round 5:-0.16
b:get_served 0:0.15 5:0.18
b:get_someone 0:-0.17
b:get_that 0:-0.15 5:-0.16
b:get_the 0:-0.35 2:-0.1 6:0.16 11:-0.24
b:get_them 5:0.24 6:-0.11
b:get_through 0:0.54 1:0.18 2:-0.18 5:-0.15
b:get_to 0:0.34 2:0.17 6:-0.2 7:0.11
b:get_told 5:-0.16 6:-0.15
b:get_what 4:0.3 5:0.41 12:-0.12
b:get_zero 0:-0.16
b:gets_a 2:-0.19 5:0.27 6:0.17
b:getting_an 0:0.11
b:getting_in 2:0.1
b:getting_my 5:0.18 6:0.12
b:getting_on 6:0.18
b:getting_the 1:-0.1 2:-0.12
b:getting_through 0:0.36 6:-0.11
b:girl_in 2:0.15
b:girl_just 5:-0.53
b:girl_on 0:0.18 1:0.15
b:give_a 5:-0.1
b:give_him 6:-0.13
b:give_me 0:0.14 2:0.15
b:give_them 0:0.3 2:-0.12 6:0.34 13:-0.15
b:give_up 3:-0.22 5:0.13
b:give_zero 4:0.11
b:given_a 2:0.14
b:given_me 5:0.11
b:given_that 5:0.14 6:-0.1
b:given_up 5:0.13 6:0.21
b:given_wrong 0:-0.12
b:gives_you 6:0.11
b:giving_customers 6:-0.18
b:giving_out 2:0.19
b:glad_i 1:-0.26 2:0.16 4:0.25 12:0.11
b:glad_to 0:0.2
b:glass_of 1:0.17
b:glasses_and 1:0.17 4:-0.18
b:glasses_are 3:0.22 5:-0.12
b:glasses_give 5:0.24
b:glasses_were 0:-0.1 6:0.13
b:glued_to 0:0.35 1:0.13
b:gluten_free 2:0.35 5:-0.21
b:go_again 1:0.16 5:-0.12
b:go_and 2:0.36 5:-0.32 8:0.11
b:go_away 0:0.13
b:go_back 0:0.24 1:0.12 2:-0.11 3:0.1 4:0.12 12:-0.13
b:go_home 0:0.1 1:0.13 6:0.16
b:go_in 1:0.11 2:-0.13 5:-0.1
b:go_mad 4:0.17
b:go_off 0:-0.15 1:-0.12
b:go_on 5:0.31
b:go_out 2:-0.13 5:0.1
b:go_private 0:0.11
b:go_through 6:0.24
b:go_to 1:-0.1
b:goes_down 1:-0.18
b:goes_in 3:0.3
b:goes_out 1:0.32
b:going_again 5:0.64
b:going_back 0:0.15 1:-0.13 2:0.21 6:-0.15
b:going_home 2:0.11
b:going_in 5:0.17
b:going_off 5:-0.2
b:going_on 2:-0.21 6:0.46
b:going_there 5:0.11
b:going_through 0:-0.53 4:0.13 6:0.22
b:going_to 0:-0.14 2:-0.26 5:-0.16
b:going_up 4:-0.18 5:-0.16
b:gone_by 0:0.13
b:gone_cold 1:-0.17 5:-0.38
b:gone_down 6:0.11
b:gone_downhill 1:0.2 4:0.12 5:0.33 10:-0.11 12:-0.14
b:gone_from 6:0.14
b:gone_private 0:0.21 5:-0.13
b:gone_silly 5:0.16
b:gone_to 0:0.14 1:0.17
b:gone_up 0:-0.39 3:-0.11 4:-0.23 5:-0.23 6:-0.26 11:-0.1
b:good_about 6:0.14
b:good_as 5:0.1
b:good_at 5:0.12
b:good_clean 5:0.14
b:good_deal 2:0.22 4:0.16 5:-0.3
b:good_enough 5:0.18
b:good_morning 1:0.43 3:-0.21
b:good_price 0:0.34 1:0.15 2:0.15 5:-0.24
b:good_quality 0:0.15
b:good_service 5:-0.15
b:good_shop 5:-0.12
b:good_to 0:-0.1
b:good_value 4:0.12
b:good_way 3:0.31 5:0.11
b:good_with 0:0.14 5:-0.21
b:gorgeous_and 3:0.12 5:0.16
b:got_a 0:0.31 1:0.15 2:-0.26 3:-0.15 4:-0.16 5:0.8 6:0.41 8:-0.27 13:0.12
b:got_an 1:-0.13 3:0.13 5:-0.2 6:0.13
b:got_back 0:-0.2 5:0.35 12:-0.17
b:got_better 5:-0.12
b:got_charged 0:-0.37 2:-0.33 5:-0.25
b:got_cut 5:-0.22 6:-0.13
b:got_home 0:-0.1 1:-0.12 2:0.15 4:-0.31 5:0.25 6:0.14
b:got_in 0:-0.25
b:got_it 0:-0.16 1:-0.11 2:-0.51 5:0.22
b:got_lost 1:-0.26 2:0.58 5:-0.15 9:-0.11
b:got_me 0:0.12 1:0.15 2:0.18 4:-0.13 6:-0.28
b:got_my 2:0.29 4:0.26 5:0.13 6:-0.26 8:0.11 9:0.15
b:got_nothing 2:0.22
b:got_on 1:0.16
b:got_one 0:0.11 5:-0.1
b:got_our 5:-0.18 7:0.17
b:got_proper 0:-0.17 9:0.25
b:got_seen 0:0.15
b:got_the 0:0.61 2:-0.47 3:0.26 5:0.27 7:0.23 12:0.11
b:got_there 5:-0.11 6:0.13 7:-0.14 9:-0.11 13:-0.15
b:got_three 2:0.21 4:-0.25 5:-0.25 6:-0.15
b:got_through 0:0.32 1:0.24 2:0.29 5:-0.24 6:-0.28 7:-0.11
b:got_to 0:0.18 2:-0.33 6:0.24
b:got_told 0:-0.26 1:-0.13 2:0.28 6:-0.19
b:got_us 0:0.14 1:0.19 2:0.17 5:-0.63 11:0.15
b:got_worse 5:0.11 6:-0.31
b:gp_appointment 2:-0.12 5:0.23
b:gp_listened 0:0.13 6:0.13
b:gp_receptionist 6:-0.31
b:gp_said 6:0.17
b:gp_to 1:0.1 6:-0.12 9:0.1
b:gr_8 1:0.23 4:0.26 5:0.37 12:0.16
b:grabbed_a 0:-0.26 5:0.24
b:grade_went 1:0.32 5:0.24
b:grass_seed 0:-0.1 5:0.2
b:grateful_for 0:-0.23
b:grateful_if 5:0.17
b:grazie_mille 4:0.1
b:great_in 5:-0.28
b:great_job 2:-0.17
b:great_service 0:-0.15 5:-0.25
b:great_to 3:0.16 4:0.13 7:-0.14 10:-0.11
b:great_value 11:0.27
b:green_waste 5:-0.15
b:greeted_by 1:-0.31 3:0.33
b:gripe_is 1:0.16 3:0.25 4:0.2 5:0.23
b:grocery_app 5:-0.17 6:-0.11
b:groomer_nicked 1:-0.13 5:0.24 6:0.27
b:group_2 10:0.16
b:group_agreed 1:-0.27 2:0.12 4:-0.13 5:0.21 6:-0.12
b:group_compared 4:-0.1
b:group_consensus 2:0.17 5:-0.13 6:0.11
b:group_described 0:-0.22
b:group_discussed 0:-0.11
b:group_felt 1:-0.37 2:-0.21
b:group_had 6:-0.17 8:-0.1
b:group_leaned 8:-0.14
b:group_members 6:0.12
b:group_nodded 8:0.11
b:group_of 1:0.17 5:0.15
b:group_rated 5:0.19
b:group_said 0:-0.21 5:-0.21 11:0.14
b:group_spent 2:0.14
b:group_talked 4:-0.14
b:group_were 0:0.43 1:0.42 4:0.14
b:grout_lines 5:0.14
b:grubby_and 0:-0.11 3:0.12 5:-0.16
b:grumble_was 5:-0.11
b:grumpy_and 0:-0.12
b:guard_on 6:0.19
b:guessing_the 2:-0.11
b:guests_keep 3:0.12 4:0.15 5:-0.25 6:0.17
b:guide_knew 2:0.12 5:0.37 6:-0.23
b:gums_bled 0:-0.12 5:0.16
b:guy_at 4:-0.13
b:guy_behind 0:-0.17
b:guy_in 1:0.19 2:0.2 4:-0.14 5:0.32
b:guy_on 5:0.14
b:guy_told 1:-0.12 2:0.13
b:guy_took 6:-0.19
b:guy_was 2:-0.12 4:-0.12 5:-0.28
b:guys_missed 3:-0.34
b:guys_were 3:0.31
b:gym_is 0:0.49 6:-0.12
b:gym_members 5:0.13
b:gym_membership 2:0.22 4:-0.12
b:had_2 0:-0.15 5:0.4
b:had_a 0:-0.24 1:-0.14 3:0.31 6:0.25 7:0.16 12:-0.15 13:0.15
b:had_all 5:-0.1 6:0.11
b:had_an 5:0.1
b:had_and 5:0.28
b:had_another 1:0.34 2:0.11 4:-0.18
b:had_any 1:-0.18
b:had_become 4:0.13 6:0.13
b:had_been 0:-0.1 2:-0.43 3:-0.11 5:0.38 10:0.12 12:0.11
b:had_changed 2:-0.14 13:-0.14
b:had_clearly 2:0.24 3:0.25 5:-0.3 6:-0.15
b:had_crept 5:-0.15 6:-0.12
b:had_dealt 0:0.23 6:-0.1
b:had_dropped 12:-0.1
b:had_eaten 5:-0.16
b:had_ever 2:0.17
b:had_explained 2:-0.17
b:had_failed 6:0.11
b:had_few 5:0.16
b:had_found 6:0.16
b:had_given 0:0.13 1:-0.11 5:0.2 6:0.16
b:had_gone 0:-0.11 1:-0.16 4:-0.19 5:-0.48
b:had_got 2:-0.35 5:0.2 6:0.26
b:had_had 1:-0.11
b:had_hair 5:-0.29
b:had_happened 0:0.13 6:0.11
b:had_her 0:-0.1
b:had_in 4:-0.16 5:0.3 6:0.11
b:had_it 0:0.98 5:-0.17 6:-0.2 7:0.14
b:had_just 1:0.18 2:-0.17 6:-0.11
b:had_last 1:-0.18 5:0.3 12:-0.13
b:had_left 5:0.11
b:had_little 4:-0.12 6:-0.16
b:had_me 4:-0.22 5:0.31
b:had_mentioned 0:-0.14 2:0.23 4:0.14 5:0.24
b:had_missed 0:-0.27 2:0.39 4:-0.19 5:-0.45 9:0.22 12:0.12
b:had_mixed 1:0.13 8:-0.11
b:had_more 1:0.14
b:had_moved 6:0.14
b:had_much 2:0.16 6:-0.14
b:had_my 0:0.1 5:-0.12
b:had_never 0:-0.14 1:-0.22 2:-0.11 5:0.42
b:had_no 0:0.12 1:-0.11 2:0.13 4:0.14 5:-0.24 6:-0.26 7:-0.11 9:-0.11 11:-0.11
b:had_not 0:0.16 3:-0.13 6:0.11
b:had_one 1:-0.11 3:-0.11 5:-0.14
b:had_our 1:0.16 5:-0.18
b:had_paid 0:-0.17 4:0.11
b:had_quoted 4:0.18 9:0.15 11:0.14
b:had_reported 0:0.16
b:had_risen 5:0.13
b:had_someone 0:0.17 2:0.17 5:0.11 7:0.17 12:0.1
b:had_stopped 5:0.3
b:had_switched 5:-0.19
b:had_that 6:0.19
b:had_the 0:0.34 1:-0.28 3:0.1 6:-0.19 7:0.15 9:0.12 12:0.12
b:had_them 5:0.13
b:had_three 2:-0.15 5:-0.26 6:0.35
b:had_to 0:-0.36 2:0.14 3:-0.16 6:0.33 7:-0.23 8:-0.11 9:-0.41 12:-0.15
b:had_told 6:0.11
b:had_tried 5:0.32
b:had_us 0:0.16 5:-0.12 6:-0.13
b:had_used 6:-0.19
b:had_waited 0:0.11
b:hadnt_been 3:0.19 5:-0.26
b:hadnt_changed 6:-0.2 9:-0.1
b:hadnt_come 6:0.21
b:hadnt_mentioned 5:0.15
b:hair_in 1:-0.18 3:0.14 5:-0.52 10:-0.1
b:hair_on 5:-0.12
b:hair_was 5:0.11
b:haircut_was 1:0.15
b:half_a 1:-0.1 6:0.1
b:half_an 0:0.38 2:0.16 4:0.22 5:0.17 6:-0.31 11:0.1
b:half_hour 13:0.11
b:half_hours 0:0.13 5:-0.23
b:half_my 1:0.15 2:-0.32 5:-0.13 6:0.15
b:half_nine 0:-0.1 2:0.21 5:0.12
b:half_of 0:-0.35 5:0.28 6:0.25
b:half_our 1:-0.18 5:-0.26 6:0.11
b:half_price 5:-0.11
b:half_term 5:0.12
b:half_that 4:0.12 5:0.1
b:half_the 1:-0.16 2:0.45 3:-0.27 4:-0.24 5:0.24 9:-0.19 11:-0.17 12:-0.28 13:-0.13
b:half_what 11:0.13
b:hall_for 11:0.14
b:hall_was 0:-0.13 1:0.2 5:0.14
b:hand_dryers 10:0.14
b:hand_in 0:0.23
b:handed_me 2:0.18
b:handed_over 4:-0.14 5:-0.11
b:handheld_scanners 6:0.34
b:handled_it 0:0.29 2:-0.15 5:0.4 6:0.26 12:-0.17 13:0.12
b:handled_my 1:0.12 2:0.15
b:handler_rang 5:-0.13 6:0.17
b:handling_fee 6:0.23
b:handling_of 6:0.2
b:hands_down 4:-0.13 5:0.36
b:hands_on 0:-0.14 2:0.11
b:hang_around 6:0.12
b:hanging_off 12:0.14
b:happily_pay 5:0.12 11:0.13 12:0.1
b:happy_about 0:0.13
b:happy_days 5:-0.14
b:happy_for 5:0.21
b:happy_hour 0:-0.23 4:0.23 5:-0.35 11:0.21
b:happy_to 0:0.25
b:happy_with 5:0.22 6:-0.11
b:hard_and 4:0.11
b:hard_sell 1:0.16
b:hard_shoulder 5:-0.11
b:hard_to 0:-0.14 4:0.11
b:hardly_ever 4:-0.11
b:hardware_shop 4:0.14
b:has_a 1:0.14 3:-0.21 6:-0.1
b:has_answered 3:-0.11
b:has_basically 7:0.11
b:has_been 0:0.35 1:-0.12 4:0.17 5:-0.34 6:0.26 7:-0.14 11:0.11
b:has_come 0:-0.12 1:0.14 4:-0.17 5:0.38
b:has_cut 4:-0.27 5:0.17 6:-0.18
b:has_dropped 3:0.19
b:has_dyslexia 5:0.23
b:has_finally 10:0.17
b:has_gone 1:0.24 4:0.33 6:-0.16 11:-0.11
b:has_grown 5:0.19
b:has_had 1:-0.16 5:-0.21
b:has_just 1:-0.14
b:has_not 2:-0.17 6:0.14
b:has_replied 0:-0.15
b:has_the 1:0.49 8:0.12
b:has_told 6:-0.22
b:hasnt_a 5:-0.17
b:hasnt_arrived 0:0.11
b:hasnt_been 5:0.15 6:-0.2
b:hasnt_given 5:0.12
b:hasnt_got 0:0.13 6:-0.22
b:hasnt_updated 0:-0.15 5:-0.1
b:hate_that 6:0.16
b:hated_the 1:0.29 5:0.12
b:have_a 0:0.29 1:-0.13 2:0.33 6:-0.25
b:have_an 1:-0.17
b:have_asked 1:-0.15 2:-0.2
b:have_basically 4:-0.12 6:0.31 13:0.16
b:have_been 0:-0.51 1:0.47 2:0.13 4:-0.12 6:0.21 7:-0.2 8:0.19 10:-0.27
b:have_cared 5:-0.12
b:have_crept 3:0.14 8:-0.11
b:have_cut 0:0.11 6:-0.1
b:have_done 2:0.13 6:-0.21
b:have_dropped 10:0.22
b:have_fed 11:-0.2
b:have_gone 3:-0.12 4:-0.27 5:0.13
b:have_got 4:0.11
b:have_had 2:0.13
b:have_halved 4:-0.14
b:have_left 0:-0.36 5:-0.15
b:have_mentioned 5:-0.16
b:have_nearly 0:-0.27 12:0.17
b:have_never 2:-0.14 3:-0.25 5:0.33
b:have_no 6:-0.16
b:have_noticed 3:0.13
b:have_picked 1:-0.11 2:0.29 5:0.26
b:have_received 5:-0.13 6:0.14
b:have_rung 6:-0.28
b:have_said 2:-0.26 4:0.25 6:0.38
b:have_started 0:0.13 1:0.16 3:0.45 5:-0.14 10:-0.19 13:0.13
b:have_stopped 5:-0.15 6:0.26 7:0.12 9:0.18 10:0.17
b:have_the 0:0.12 2:-0.14 5:0.23
b:have_time 1:0.17
b:have_to 1:-0.28 2:0.22 4:-0.18 5:-0.13 9:-0.1 12:-0.11
b:have_told 1:0.18 2:-0.29
b:have_two 2:0.13
b:havent_been 6:-0.15
b:havent_fixed 5:-0.22
b:havent_gone 5:0.2
b:havent_had 5:0.18
b:he_couldnt 5:0.2
b:he_diagnosed 5:-0.11
b:he_did 8:0.16
b:he_didnt 0:-0.14 3:-0.16 5:0.13
b:he_drilled 0:-0.14 2:0.12 5:0.22
b:he_even 1:-0.25 2:0.16 5:-0.36
b:he_explained 1:0.12 3:0.17
b:he_fixed 2:0.11 5:0.11
b:he_found 1:0.21 3:0.11 4:-0.23 8:-0.14 9:0.16 10:0.1
b:he_got 2:-0.27 4:0.14 5:-0.31 6:0.46
b:he_had 2:0.51 5:-0.3 9:-0.12
b:he_is 0:-0.19 2:0.12 5:0.19
b:he_just 1:0.15 2:0.14
b:he_kept 0:0.16 6:0.16
b:he_knew 5:-0.27 6:-0.13
b:he_knows 1:0.2 2:-0.13
b:he_left 2:-0.11 5:0.24 10:0.12
b:he_lost 5:0.18
b:he_never 0:-0.15 5:-0.15
b:he_new 2:0.27
b:he_said 0:0.54 2:0.31 4:0.23 5:0.16 6:-0.17 7:0.14 11:0.13 12:0.11
b:he_saw 8:0.21
b:he_sighed 5:-0.11
b:he_still 0:0.12 1:0.13 5:-0.11
b:he_stopped 1:0.18
b:he_told 5:-0.29 6:-0.11
b:he_took 0:-0.16 5:-0.2
b:he_turned 1:-0.1
b:he_was 0:0.55 4:-0.18 5:0.29 6:-0.2 12:0.22 13:0.23
b:he_wasnt 5:-0.11
b:he_would 0:0.5 2:0.11
b:head_for 12:-0.13
b:head_i 1:-0.11
b:head_of 1:0.38
b:head_office 1:-0.11 6:-0.62
b:headache_after 2:0.18
b:headsets_mean 6:0.13
b:headsets_the 2:-0.22 6:0.2
b:health_and 3:-0.27
b:healthcare_assistants 0:0.18 6:-0.16
b:hear_from 5:-0.16
b:hear_over 6:0.18
b:hear_the 11:-0.12
b:hear_us 6:0.26 13:0.19
b:heard_about 6:0.38
b:heard_from 4:0.13
b:heard_nothing 2:0.19 4:-0.26 5:0.18 6:0.21
b:heard_of 1:0.14
b:heavy_duty 5:0.15
b:hed_be 0:0.57 1:-0.11
b:hed_come 0:0.19 5:-0.12
b:hed_done 1:0.19
b:hed_never 1:-0.15 6:-0.27
b:held_my 1:0.13 5:-0.12
b:held_up 5:0.22
b:help_desk 2:0.29
b:help_even 3:-0.12
b:help_with 2:0.35 5:-0.19 6:-0.24
b:helpdesk_gave 2:0.18
b:helped_me 1:-0.25 5:-0.24
b:helped_with 0:-0.15
b:helpful_and 1:-0.18 2:-0.2
b:helpful_lad 2:0.19
b:helpful_lady 4:0.1 5:-0.28
b:helpfull_and 5:0.18
b:helping_me 0:-0.28 4:0.1
b:helpline_for 5:-0.15
b:her_divorce 1:0.17 8:-0.22
b:her_dog 1:-0.11
b:her_eyes 0:-0.2 2:-0.14
b:her_face 5:0.24 8:0.15
b:her_job 6:0.15
b:her_manner 1:0.12
b:her_once 5:0.17 6:0.1
b:her_own 1:0.1 5:-0.21 6:0.25 8:0.19 10:-0.13
b:her_phone 0:-0.11 4:-0.11 5:-0.18
b:her_room 1:0.12
b:her_stuff 1:-0.45 3:-0.11 5:0.32
b:her_time 0:-0.31
b:her_to 1:0.11 3:-0.12 4:-0.12
b:her_when 2:0.12 4:0.2 6:-0.16
b:here_and 2:-0.1 5:-0.19
b:here_are 1:-0.2
b:here_eleven 5:-0.13
b:here_for 0:-0.15 1:0.12
b:here_is 2:-0.11 3:0.31
b:here_over 4:0.12
b:hes_on 6:0.15
b:high_for 5:-0.12
b:high_st 5:-0.4
b:high_street 5:0.2
b:higher_than 11:-0.1
b:highlight_of 0:0.18
b:him_a 6:0.26
b:him_off 1:-0.23 5:0.1
b:him_that 6:-0.13
b:him_to 1:0.23 6:-0.15
b:himself_and 5:0.34
b:himself_was 1:0.11 2:0.34 5:-0.17
b:hire_car 0:-0.18 5:0.34
b:hire_desk 5:-0.18
b:hire_place 0:0.13
b:hired_a 4:0.11 5:0.11
b:his_coat 5:0.18
b:his_eyes 5:-0.1
b:his_hands 1:-0.13
b:his_phone 0:-0.4 1:0.29 2:-0.19 4:0.2 5:0.43
b:his_stuff 1:0.18 2:0.49 5:-0.11 8:-0.14 9:0.11
b:his_time 0:-0.21 1:0.29 5:0.22
b:his_way 0:0.35 1:0.3 13:-0.12
b:history_and 6:-0.1
b:hit_and 5:-0.11 8:-0.11
b:hmrc_lady 4:-0.18 5:0.22 6:-0.21
b:hold_25 5:0.38
b:hold_for 0:0.2 6:-0.34
b:hold_music 0:0.28 7:-0.18
b:hold_of 0:-0.13
b:hold_times 0:0.16 2:0.23 4:-0.17 6:-0.12 9:0.1
b:hold_to 5:-0.21 6:-0.15 7:-0.11
b:hole_in 0:0.17
b:holiday_club 3:-0.21 5:-0.13
b:holiday_let 3:-0.36 4:0.13
b:holiday_park 0:0.17 4:-0.12
b:home_about 1:-0.21 5:-0.19
b:home_and 2:0.28 5:-0.13
b:home_care 1:-0.15 11:0.11
b:home_discount 6:0.22
b:home_lol 0:-0.21 12:0.12
b:home_security 0:-0.1 2:0.11 6:-0.14
b:honest_and 4:-0.12
b:honest_bloke 1:0.13 2:0.16 9:0.11
b:honest_that 2:-0.13 5:-0.12 6:0.14 13:0.14
b:honestly_a 2:0.18
b:honestly_cant 4:-0.18 5:0.28
b:honestly_didnt 3:-0.14
b:honestly_expected 0:0.15 5:0.12
b:honestly_i 4:0.37 5:-0.1
b:honestly_id 6:0.15
b:honestly_just 4:-0.3
b:honestly_some 1:0.19
b:honestly_the 0:-0.18 2:-0.16 4:0.45 6:0.31
b:honestly_they 5:-0.12
b:hook_up 5:0.2
b:hoovered_the 5:-0.21
b:hoovered_up 3:0.18 10:0.23
b:horror_stories 3:0.11 4:0.11
b:hosepipe_ban 6:0.14
b:hospital_for 4:0.13 11:-0.22
b:hospital_is 0:-0.1
b:hospital_patients 1:-0.12
b:hosts_and 5:0.23
b:hot_stone 5:-0.42
b:hot_water 1:0.21 5:-0.29 6:-0.18
b:hotel_breakfast 5:0.18
b:hotel_charged 6:-0.13
b:hotel_for 6:0.13
b:hotel_on 5:-0.13 6:0.11
b:hotel_room 5:-0.39
b:hotel_was 4:-0.12 5:0.28
b:hotel_wifi 1:-0.1 5:0.11 6:-0.15
b:hour_and 0:0.25 1:-0.13 5:0.12 10:0.14
b:hour_at 0:-0.49
b:hour_before 0:0.22 2:-0.13 6:0.12
b:hour_delay 4:-0.15 6:0.13
b:hour_delivery 0:-0.3 1:-0.13 6:0.14
b:hour_for 5:0.11
b:hour_in 5:-0.19
b:hour_is 1:0.11 5:-0.23 7:0.11 11:0.16
b:hour_labour 0:-0.15 5:0.12
b:hour_now 0:-0.19 4:0.21
b:hour_of 0:0.21
b:hour_on 1:-0.15 5:0.39 6:-0.16
b:hour_past 5:0.12
b:hour_session 5:-0.16
b:hour_to 6:-0.15
b:hour_waiting 5:0.11
b:hour_window 5:-0.17 6:0.25
b:hour_with 0:-0.34 4:0.1 5:-0.13
b:hours_after 0:0.29 5:-0.15
b:hours_and 0:-0.41 2:-0.26 5:-0.21 13:0.15
b:hours_are 0:-0.17 3:-0.1 5:-0.2
b:hours_at 0:0.28
b:hours_but 0:-0.16
b:hours_for 0:0.19 5:-0.1 6:-0.1
b:hours_in 0:0.12 5:-0.23
b:hours_late 5:0.2 6:0.22 13:-0.11
b:hours_later 0:0.3
b:hours_line 5:-0.12
b:hours_of 0:0.22 2:0.15 4:0.13 6:-0.15
b:hours_on 1:-0.14 4:0.17 5:0.31 6:0.33
b:hours_past 5:0.1
b:house_! 5:-0.18
b:house_and 0:0.23 2:-0.11 5:0.12
b:house_in 0:-0.3 1:0.25 3:0.11
b:house_on 0:0.26
b:house_was 5:0.39 6:-0.17
b:house_white 1:0.15
b:housekeeping_team 3:0.19
b:housing_benefit 2:0.15
b:housing_officer 1:-0.11
b:housing_repairs 3:0.16
b:how_clean 5:-0.16
b:how_fast 5:-0.11
b:how_fresh 3:0.1
b:how_friendly 1:0.2
b:how_he 5:0.46 6:0.29
b:how_i 0:-0.1 2:0.1 5:-0.13
b:how_it 0:-0.12 2:-0.2 5:-0.15
b:how_long 0:-0.49 5:0.26
b:how_many 1:-0.13 6:0.27
b:how_much 0:0.12 2:-0.15 4:-0.21 5:0.34 11:0.21
b:how_our 1:0.26
b:how_the 0:0.22 1:-0.11 5:0.11 6:-0.19 10:-0.14
b:how_they 0:0.16 4:-0.33 5:-0.29 6:-0.18
b:how_tidy 3:0.1
b:how_to 1:-0.12 2:0.5 4:0.1 9:-0.17
b:however_the 2:-0.18 6:0.11
b:hrs_for 8:0.18
b:hrs_in 7:-0.14
b:hrs_late 1:0.18
b:hub_got 6:-0.1
b:huge_difference 6:0.11
b:humanity_restored 2:-0.12 8:0.12
b:hundred_quid 1:-0.12 4:-0.17
b:hung_up 1:0.2 6:-0.13
b:hunting_for 2:0.2 5:0.12 12:0.1
b:husband_for 5:0.1
b:husband_the 1:0.19 5:-0.11
b:hygiene_in 1:-0.13 5:0.14
b:hygiene_rating 3:0.12
b:hygienist_is 5:-0.2 6:0.11
b:hygienist_was 2:-0.11 5:0.26
b:i_actually 2:-0.1
b:i_am 0:-0.26 4:0.11 5:0.13 6:0.15 12:-0.14
b:i_appreciate 1:-0.16
b:i_appreciated 0:0.17 1:-0.15 5:-0.26
b:i_arrived 0:-0.32 5:0.45 12:-0.12
b:i_ask 1:-0.2 2:0.25 6:0.16
b:i_asked 0:-0.22 1:0.25 2:-0.21 4:-0.18 6:0.45 8:-0.2 13:-0.21
b:i_believe 2:0.12
b:i_booked 5:0.4 12:0.15
b:i_bought 0:0.12 3:-0.3 5:0.33
b:i_brought 8:0.12
b:i_called 5:-0.15
b:i_came 0:-0.23 1:0.21 5:-0.21 6:0.11 8:-0.11
b:i_can 0:0.18 1:-0.1 2:-0.13 3:0.36 4:-0.16 5:0.28 6:-0.27 11:-0.17 13:0.14
b:i_cancelled 6:-0.22
b:i_cant 2:-0.14 3:-0.15 6:-0.17 13:0.15
b:i_checked 1:-0.16 2:0.61 5:0.18 6:-0.1 9:-0.14
b:i_complained 4:-0.16 5:0.25 6:0.18
b:i_consider 5:0.17
b:i_could 2:0.11 4:-0.16 5:0.18 10:-0.18 11:-0.18
b:i_couldnt 1:-0.11 3:0.29 6:-0.13
b:i_cringe 1:0.25
b:i_deal 0:0.13 4:-0.28
b:i_did 1:0.21 2:0.12 3:0.11 5:-0.14 9:0.15
b:i_didnt 1:0.22 2:0.16 3:0.23 4:0.29 5:-0.15 6:-0.51 7:0.14 9:0.33 10:0.1 11:0.25
b:i_do 1:-0.16
b:i_dont 0:-0.15 1:0.17 4:0.41 5:-0.4 11:0.23
b:i_drive 0:-0.14
b:i_emailed 0:-0.14 4:-0.12 5:0.25
b:i_ended 0:0.21 5:0.17 12:-0.12
b:i_even 1:-0.29 6:0.11
b:i_eventually 5:0.17
b:i_expect 0:-0.12 1:0.11 5:0.12
b:i_expected 2:-0.11 4:0.2 5:0.21 7:-0.1 11:-0.15 12:-0.26
b:i_feel 4:0.23
b:i_felt 1:0.13 5:0.25
b:i_finally 0:-0.11 1:0.11 5:-0.13
b:i_find 0:0.1
b:i_found 2:-0.13 3:0.17
b:i_gave 0:-0.15
b:i_genuinely 1:-0.1 3:0.25 5:0.17 12:0.12
b:i_get 0:0.4 2:0.17 3:-0.11 5:-0.1 6:-0.38
b:i_got 0:0.62 1:0.42 2:0.15 4:-0.44 5:0.43 6:0.14 7:-0.14 12:0.12
b:i_guess 1:-0.23 5:-0.28
b:i_had 0:-0.48 4:0.16 5:-0.36 6:0.85 8:-0.11 11:-0.16
b:i_hadnt 2:0.24 6:-0.1
b:i_handle 2:0.31 6:0.14
b:i_hate 0:-0.17 1:0.33 6:0.15
b:i_have 1:-0.19 2:0.13 3:-0.17 4:-0.51 7:-0.13 12:-0.1 13:-0.15
b:i_hear 3:0.17 5:0.18 6:-0.15
b:i_heard 0:-0.11 2:0.12 6:0.4
b:i_honestly 4:-0.19 5:0.63 6:-0.16
b:i_joined 6:0.12
b:i_just 0:-0.16 4:-0.29 12:-0.17
b:i_knew 2:-0.15 6:0.17
b:i_know 1:-0.23 2:-0.13 13:0.25
b:i_like 0:0.14
b:i_loved 2:0.27
b:i_manage 5:0.17
b:i_mean 1:0.19
b:i_mentioned 1:0.2
b:i_might 1:-0.29
b:i_must 5:0.11
b:i_nearly 5:0.22
b:i_needed 0:-0.24 2:0.25 3:-0.16 5:-0.48 6:-0.37 9:-0.18
b:i_not 0:-0.2 1:-0.15 6:0.27 13:-0.1
b:i_noticed 0:-0.23 3:-0.13
b:i_now 2:0.12 5:-0.13
b:i_only 2:-0.32 6:-0.13 8:0.19
b:i_ordered 2:-0.11 6:-0.12 7:-0.18
b:i_paid 3:0.15 4:0.19 5:0.11
b:i_passed 5:-0.3
b:i_pay 0:0.21 4:-0.11
b:i_phoned 6:-0.12
b:i_picked 1:-0.13 5:0.3
b:i_pointed 5:-0.17
b:i_queried 3:0.12
b:i_queued 6:-0.1
b:i_raised 1:0.12 5:0.11
b:i_rang 0:0.49 1:0.13 2:-0.21 4:0.2 6:-0.42 7:-0.2 11:0.11 13:-0.15
b:i_read 11:-0.11
b:i_really 1:0.1
b:i_received 5:-0.11
b:i_returned 0:0.1 2:-0.15 6:0.22
b:i_ring 0:0.2
b:i_run 0:0.24 4:0.24
b:i_said 0:-0.13 1:0.26 2:-0.52 6:-0.16 8:-0.13
b:i_saw 11:0.15
b:i_say 5:-0.14
b:i_see 1:-0.11 2:0.23 5:-0.15
b:i_sent 0:0.18 3:-0.12 5:0.1 6:-0.19 7:0.1
b:i_should 0:-0.14 2:-0.24 5:-0.1 6:-0.12
b:i_signed 0:0.4
b:i_spend 1:-0.1 2:-0.13 6:0.15
b:i_spent 2:0.13
b:i_spoke 0:-0.18
b:i_start 5:0.21
b:i_still 0:0.15 4:0.12 5:-0.41 6:0.18
b:i_stood 0:-0.2 2:-0.15
b:i_submitted 5:0.12
b:i_suppose 1:-0.28 5:-0.15
b:i_take 5:0.13 13:-0.13
b:i_think 0:-0.16 4:0.23 5:0.45 6:0.19
b:i_thought 0:0.12
b:i_told 2:0.16
b:i_took 1:-0.26 5:0.34
b:i_try 5:0.26 13:-0.1
b:i_understand 6:0.13
b:i_understood 1:0.12 6:0.19 13:0.14
b:i_use 2:0.15
b:i_used 5:0.11
b:i_waited 0:0.47 7:0.33
b:i_want 0:0.2 1:-0.11 2:0.14 4:0.13 5:0.26 6:0.2
b:i_wanted 1:0.22 2:-0.18 5:-0.14
b:i_was 0:-0.25 1:1.22 2:-0.42 3:-0.44 4:0.5 5:-0.14 6:0.28 12:0.15
b:i_wasnt 0:0.11 1:0.23 2:0.3 6:-0.16
b:i_went 1:-0.2 5:-0.28 6:-0.24 9:-0.13
b:i_will 6:-0.32
b:i_wish 4:0.12 5:-0.19 6:-0.14
b:i_work 6:0.28
b:i_would 5:0.22 6:0.3
b:i_wouldnt 0:0.13 1:-0.23 3:0.16 8:-0.14 9:-0.12
b:i_write 0:0.14 1:0.11 4:-0.13
b:i_wrote 5:-0.12 6:0.12
b:id_already 1:-0.15 2:-0.11 6:0.36
b:id_asked 0:0.21 5:-0.17 8:0.15
b:id_be 5:0.13
b:id_been 0:0.26 2:0.31 5:-0.32 6:-0.1 9:0.1 11:0.12
b:id_booked 0:0.13
b:id_call 1:0.12 3:0.29 5:-0.17
b:id_done 2:-0.19 5:0.17 6:0.31
b:id_even 1:0.16 2:0.11 6:-0.12 13:0.11
b:id_filled 6:-0.14
b:id_finished 0:0.19 5:-0.15
b:id_followed 5:0.16
b:id_get 0:0.2 5:0.13
b:id_give 4:0.12 5:0.23
b:id_go 5:-0.18
b:id_got 2:-0.18
b:id_happily 5:0.35
b:id_have 2:0.23
b:id_love 4:0.19
b:id_missed 5:-0.29
b:id_need 1:-0.14 2:0.14 4:-0.14 5:-0.11
b:id_never 0:0.15 1:0.39 5:0.45
b:id_paid 0:0.15
b:id_pay 5:-0.13 6:0.12 11:0.16
b:id_picked 5:-0.17
b:id_rather 2:-0.14 4:0.33 5:0.17 6:0.4 12:-0.15 13:0.11
b:id_recommend 2:0.12 4:-0.11
b:id_said 1:0.21
b:idea_how 5:0.26 6:-0.2
b:idea_of 13:-0.1
b:idea_what 1:-0.18 2:-0.12 4:-0.15
b:idea_when 2:-0.17 5:-0.1 6:0.15
b:idea_where 0:0.1
b:idea_whether 0:0.16 2:-0.11 6:0.15
b:idea_which 6:0.14
b:idea_why 2:-0.14 6:-0.1
b:if_a 2:0.3
b:if_he 0:-0.11 5:0.21
b:if_i 1:0.11 4:-0.11 6:-0.16 8:-0.17 9:0.12 10:-0.17 12:0.16
b:if_id 1:0.35 2:-0.12
b:if_it 5:0.13
b:if_its 6:-0.13
b:if_my 5:0.16
b:if_shed 2:-0.19
b:if_the 1:0.21 2:0.62 3:-0.23 5:-0.25 6:-0.33 8:0.1
b:if_they 4:-0.31 10:-0.11
b:if_we 0:-0.16 11:-0.12 13:-0.11
b:if_were 0:-0.13 2:-0.24 6:0.12
b:if_you 0:-0.14 1:-0.67 2:-0.11 6:-0.12
b:ill_admit 1:-0.26
b:ill_be 1:0.24
b:ill_give 0:0.25 2:-0.16
b:ill_happily 5:0.16
b:ill_say 2:0.19 6:-0.12
b:im_a 0:0.19 1:-0.2 2:-0.3 4:0.16 6:0.47
b:im_guessing 2:-0.11
b:im_happy 1:-0.1
b:im_not 0:-0.19 1:-0.19 2:0.5 4:-0.16 5:-0.42 6:-0.29 10:-0.11 12:-0.16
b:im_now 1:0.1
b:im_on 0:0.21 1:-0.18 6:-0.16
b:im_staying 0:0.23
b:im_still 5:-0.22 6:0.28
b:im_sure 4:0.1
b:im_the 6:0.17
b:im_told 4:-0.24
b:im_writing 1:-0.11 6:-0.16
b:immaculate_and 1:0.18
b:immaculate_inside 2:0.14 5:-0.17
b:immaculately_kept 1:0.21
b:immediately_which 1:-0.17 11:-0.1
b:important_to 0:0.44 6:-0.17
b:impossible_to 5:-0.12 6:0.35
b:impressed_that 5:-0.13 6:0.15
b:impressive_how 5:0.16
b:improved_and 1:0.11
b:in_10 0:0.22 1:0.19 5:0.14
b:in_12 2:-0.11 5:-0.24
b:in_2 0:0.33 5:-0.24 6:-0.13 7:0.17 12:0.12
b:in_20 0:0.16 4:0.24
b:in_24 0:0.32 5:0.15
b:in_25 0:0.24 5:-0.11 6:-0.14 7:0.2
b:in_3 5:0.46 12:0.1
b:in_30 1:0.12 5:-0.1
b:in_40 0:0.17 4:-0.14
b:in_5 0:0.23
b:in_6 5:0.14 7:-0.2
b:in_8 6:-0.11
b:in_a 0:0.29 2:0.42 3:0.35 5:0.16 6:-0.18 11:0.18 12:0.14
b:in_about 1:-0.12 2:0.19 5:0.25 6:0.15 8:-0.14 13:0.12
b:in_advance 5:0.13
b:in_ages 0:-0.16
b:in_all 0:-0.29 6:0.15
b:in_an 0:0.15 5:-0.17
b:in_and 0:0.23 2:-0.45 4:-0.39 5:-0.12 10:0.19 13:0.11
b:in_any 1:0.11
b:in_app 4:0.12
b:in_april 4:0.15 5:0.27 11:-0.12
b:in_at 2:-0.14 5:-0.12 6:0.11
b:in_august 7:-0.12
b:in_because 1:0.16 4:-0.28
b:in_between 0:0.46 5:0.17
b:in_bits 5:0.14
b:in_centre 2:0.34
b:in_circles 0:-0.14 6:-0.17
b:in_complaints 6:0.2
b:in_credit 6:0.21
b:in_eight 0:0.11 5:-0.14
b:in_fairness 5:0.35
b:in_fingerprints 2:-0.1 5:-0.22
b:in_five 6:0.27 12:-0.13
b:in_for 0:0.19 1:0.6 2:0.24 3:0.2 4:-0.21 5:0.1 7:0.15
b:in_four 5:-0.28
b:in_front 2:0.12 5:-0.1 9:-0.16
b:in_full 1:-0.11 5:0.66 12:0.19
b:in_general 4:-0.23
b:in_half 7:0.12 13:-0.13
b:in_here 3:0.11 5:-0.28
b:in_his 5:-0.11
b:in_house 10:0.14
b:in_how 0:0.1 2:-0.14
b:in_humanity 2:-0.12 8:0.12
b:in_it 0:-0.18 1:-0.1 2:0.15 3:-0.12 4:0.19 11:0.11 12:-0.17
b:in_january 0:0.54 2:0.14 4:0.11 5:-0.12 7:-0.16
b:in_july 0:0.4 12:-0.11
b:in_june 0:0.35 5:-0.16 7:-0.12
b:in_leeds 1:-0.27 5:-0.13
b:in_london 4:0.32 11:-0.13
b:in_march 0:0.31 2:-0.1 5:0.16 7:-0.23
b:in_may 0:0.25 2:-0.13 6:0.15
b:in_months 0:-0.14 3:0.12 5:0.65
b:in_my 0:0.53 1:-0.33 3:0.15 5:0.13 6:0.3 7:0.12 9:0.11
b:in_no 0:0.24 2:0.13
b:in_october 5:0.12
b:in_on 0:-0.16 3:-0.16 4:0.1 5:-0.26 6:-0.13 7:-0.22
b:in_one 0:-0.33 2:0.38 5:-0.17
b:in_other 6:0.18
b:in_our 0:0.13 1:-0.1 5:-0.23 6:-0.15
b:in_pain 0:0.28 2:0.25 6:-0.37
b:in_person 0:-0.16 1:-0.11 2:0.13 6:0.11
b:in_plain 2:-0.26 5:-0.12 6:0.17 13:0.2
b:in_principle 0:0.23
b:in_queue 5:0.16
b:in_reception 1:-0.29 5:-0.22 6:0.13
b:in_seconds 0:0.42 6:-0.13
b:in_september 5:0.28 8:0.15
b:in_six 0:-0.34 1:0.23 5:-0.17
b:in_stock 0:-0.21 1:0.22 2:0.49 6:-0.18
b:in_store 1:-0.55 2:0.34 5:0.29 8:-0.13 12:-0.15
b:in_system 0:-0.3
b:in_tears 3:-0.11 5:0.13 6:0.13
b:in_ten 0:-0.15 1:0.13 2:0.12 5:0.25 6:-0.3 7:0.15
b:in_that 0:0.38 5:-0.15 10:0.13
b:in_the 0:-0.57 1:0.33 2:0.16 3:0.3 4:0.26 5:0.21 6:-0.27 7:-0.17 8:-0.31 9:-0.19 10:-0.46 11:-0.32 12:-0.24 13:0.14
b:in_theatre 0:0.11
b:in_their 0:-0.17 5:0.18
b:in_them 1:0.26 2:0.54 4:-0.2 5:-0.14
b:in_theory 5:-0.28
b:in_there 2:-0.17
b:in_this 3:-0.1 5:-0.21
b:in_three 0:-0.12 2:-0.24 3:-0.14 5:-0.18 6:-0.17 7:0.33 13:0.16
b:in_to 0:-0.19 1:-0.47 3:-0.14 4:-0.15 5:-0.4 6:-0.43
b:in_today 5:0.47
b:in_took 1:0.21 4:0.29 5:0.11
b:in_touch 0:0.24
b:in_town 0:-0.23 1:0.16 3:-0.19 4:0.46 5:0.13 6:-0.27 12:0.16
b:in_twenty 0:0.42 2:0.14 5:-0.16 6:-0.21 7:0.11
b:in_two 4:0.19 5:0.21 6:-0.14 7:0.14 11:-0.1 12:-0.13
b:in_under 2:-0.17 4:-0.27 5:-0.23 12:0.19
b:in_was 0:0.2 5:0.11 6:-0.23
b:in_week 0:0.47 1:-0.15 5:-0.16
b:in_when 1:-0.19 6:0.12
b:in_while 5:-0.11
b:in_with 0:-0.18 1:-0.33
b:in_without 0:0.31
b:in_words 1:-0.16
b:in_writing 0:0.15 2:-0.16 6:0.31
b:in_years 0:-0.17 2:0.18 5:0.22 6:0.17 11:0.14
b:in_£ 0:0.17 5:0.18 12:0.11
b:included_a 1:0.15 5:0.17
b:including_the 2:0.1 4:-0.13
b:info_desk 0:-0.17 1:0.2 2:0.19 6:-0.37
b:information_about 2:0.27
b:informed_about 4:0.13 5:-0.12
b:ink_subscription 0:0.2 4:0.17
b:inside_and 2:0.14 3:0.16 6:-0.14
b:inside_of 3:0.25 4:0.14 5:0.21
b:inside_out 1:-0.17 2:0.32 9:0.15
b:inside_ruined 1:-0.13
b:inside_the 0:0.19 5:-0.14
b:install_team 2:-0.19 5:0.11 6:0.21
b:installation_of 1:0.13
b:installer_drilled 1:-0.14 5:0.22 12:-0.15
b:installer_was 4:-0.27
b:instead_of 0:0.16 3:-0.16 5:-0.56 6:-0.3 7:0.37 13:0.14
b:instructions_for 5:0.36 6:-0.14
b:instructor_is 5:0.28
b:instructor_never 1:0.13
b:instructors_are 1:0.11
b:instructors_car 0:-0.24
b:instructors_were 0:-0.13 2:0.11 5:0.31
b:insurance_three 1:0.2
b:insurer_for 1:0.14 5:-0.23
b:insurer_paid 5:0.29 12:0.18
b:insurer_sent 2:-0.1
b:interior_was 0:0.26 5:0.15
b:international_student 5:-0.1 6:0.23
b:into_a 1:0.43 5:-0.21
b:into_branch 10:-0.13 13:-0.19
b:into_the 1:-0.14 2:0.11 4:-0.12 5:-0.32 6:-0.2
b:invoice_arrived 6:0.21
b:invoice_said 6:-0.1
b:invoice_was 5:-0.1
b:is_2 1:-0.18 6:0.27 12:-0.19
b:is_20 5:-0.16
b:is_a 0:-0.17 1:0.35 2:0.14 3:0.11 5:0.28 9:0.11 10:-0.12
b:is_already 2:0.16 5:0.26 12:-0.12
b:is_always 0:0.51 1:0.22 3:0.24 6:0.14 7:-0.15
b:is_an 0:-0.31 3:-0.12
b:is_another 2:0.12 5:0.17
b:is_baffling 0:-0.24
b:is_basically 5:-0.11
b:is_beautiful 1:-0.11
b:is_being 0:0.41 6:-0.23
b:is_better 4:0.13
b:is_brilliant 6:0.28
b:is_broken 1:-0.12 5:-0.19
b:is_chaos 6:-0.1
b:is_cheap 5:-0.14
b:is_clean 3:-0.16 5:0.21
b:is_come 3:0.2
b:is_coming 2:-0.2 5:0.27 6:0.12 10:-0.11
b:is_completely 5:0.14
b:is_daylight 5:0.67
b:is_different 2:0.11 6:-0.13
b:is_excellent 5:0.18 6:0.22
b:is_fab 5:0.11
b:is_filthy 2:-0.17
b:is_fine 2:-0.16 3:-0.25 5:-0.18
b:is_free 0:-0.11
b:is_going 4:-0.36
b:is_good 0:-0.29
b:is_great 0:-0.23 5:-0.13
b:is_grim 5:0.13
b:is_half 0:0.12 11:-0.12
b:is_handy 1:0.24 2:-0.13 5:-0.23 8:-0.11
b:is_hard 1:0.11
b:is_higher 4:0.12 6:0.17
b:is_immaculate 5:-0.15 6:0.12
b:is_important 0:0.44 6:-0.17
b:is_impossible 5:-0.13
b:is_in 5:-0.11
b:is_it 0:0.11 3:0.13 5:-0.13
b:is_kept 0:0.13 3:0.15 6:0.17
b:is_lovely 0:0.23 1:0.17 2:0.22 5:0.15 13:0.12
b:is_more 3:0.13 6:0.13
b:is_much 5:-0.28
b:is_my 8:-0.12
b:is_new 0:0.14 4:0.23 5:0.28
b:is_nice 1:0.15 3:-0.13
b:is_no 0:-0.27 2:0.19 5:0.35
b:is_not 1:0.2 2:0.23 3:-0.15 9:-0.19
b:is_now 0:0.2 1:-0.13 5:-0.41 6:-0.14 9:-0.16 13:-0.11
b:is_often 1:0.12
b:is_ok 5:-0.17 12:-0.21
b:is_on 1:-0.19 2:-0.14 3:-0.13 6:0.11
b:is_only 5:0.25
b:is_out 5:-0.11
b:is_outstanding 4:0.32
b:is_perfect 1:-0.37 5:0.21
b:is_proper 3:-0.17 5:0.11
b:is_quite 11:0.13
b:is_rare 5:-0.13
b:is_ridiculous 1:-0.14 4:-0.11
b:is_shocking 5:-0.24
b:is_slick 5:0.17
b:is_slow 0:-0.13
b:is_so 0:0.25 1:0.21 5:-0.16 6:-0.1
b:is_sooo 5:0.17
b:is_spotless 1:0.15 2:0.14 3:0.17 5:0.1
b:is_steep 5:-0.17 11:0.1
b:is_still 3:0.12 4:0.19 5:0.15
b:is_stunning 5:0.24
b:is_taking 6:0.12
b:is_terrible 0:0.25 5:0.26 6:-0.11
b:is_that 1:0.5
b:is_the 0:0.43 2:-0.35 3:-0.1 4:0.18 5:0.58 7:0.19 8:0.13 11:0.33 12:0.14 13:0.13
b:is_too 4:0.12 5:0.39 11:-0.1
b:is_unreal 0:0.34
b:is_up 6:0.5 13:0.11
b:is_very 0:0.14 2:0.13 5:-0.39
b:is_vivaldi 0:0.11
b:is_£ 0:-0.26 1:-0.18 4:0.13 5:-0.16 6:-0.15
b:isa_allowance 2:0.2 6:-0.13 9:-0.12
b:isas_and 1:-0.23 2:0.29
b:isnt_cheap 4:0.19 11:-0.19
b:issue_either 5:0.26
b:issue_was 1:0.13
b:it_! 0:-0.17 3:-0.29 5:0.22
b:it_? 0:0.15 2:0.23
b:it_a 2:0.33 6:-0.26
b:it_again 5:-0.29 6:0.1 11:0.11
b:it_all 2:-0.16 5:0.27 6:0.3 12:0.12 13:0.13
b:it_and 0:0.42 4:0.11 6:0.21 7:-0.11
b:it_arrived 0:0.42 1:0.13 2:-0.26 6:-0.11
b:it_at 2:-0.37 5:0.24 6:0.25
b:it_back 0:0.1 1:0.15 2:-0.68 4:0.34 6:0.21
b:it_before 5:0.18
b:it_better 1:-0.1 2:-0.14 5:0.22 6:0.22
b:it_came 2:-0.21 5:0.11
b:it_clearly 4:-0.18
b:it_comes 2:0.29 5:-0.1 11:0.14
b:it_constantly 6:0.27
b:it_depends 2:0.26 6:-0.27
b:it_did 2:0.12 4:0.2 6:-0.11
b:it_didnt 0:-0.38 5:0.12
b:it_does 2:0.11
b:it_doesnt 4:0.16
b:it_even 1:0.11 13:-0.15
b:it_every 0:-0.27 5:0.19 11:-0.13
b:it_felt 5:-0.22
b:it_finally 2:-0.1 5:0.11
b:it_fixed 12:-0.11
b:it_for 0:0.3 1:-0.39 3:0.15 4:0.16 5:-0.11 6:-0.27 7:0.12 11:0.23
b:it_four 6:0.22
b:it_from 3:0.12 11:-0.15
b:it_got 1:-0.14 2:0.14
b:it_had 0:-0.45 2:-0.44 6:0.46 11:0.14 13:0.11
b:it_has 0:-0.19 2:-0.21 4:-0.15 6:0.23
b:it_helpdesk 5:-0.15
b:it_in 0:0.37 1:0.16 2:0.24 6:0.23 8:-0.15 9:-0.14 12:0.17
b:it_is 0:-0.11 1:0.22 4:0.22 5:-0.32 6:0.22
b:it_isnt 2:0.31 5:0.21
b:it_just 0:0.15 4:-0.11
b:it_made 6:0.14
b:it_makes 0:-0.1 2:0.24
b:it_may 4:-0.29
b:it_moved 13:-0.12
b:it_moves 4:-0.21 5:0.17
b:it_myself 9:-0.12
b:it_needed 2:0.1 4:-0.16
b:it_needs 6:-0.13 9:0.12
b:it_never 5:-0.23 6:-0.27
b:it_no 5:0.13 6:0.28
b:it_off 3:-0.33 5:0.31 6:-0.13 11:0.11
b:it_on 0:0.15 2:-0.35 5:0.13 6:0.2 13:0.19
b:it_online 2:0.24
b:it_only 1:0.14 6:0.21
b:it_out 5:0.1 6:-0.17
b:it_over 1:-0.13
b:it_puts 1:-0.12
b:it_rains 2:0.11 6:-0.18
b:it_really 6:-0.39
b:it_right 0:-0.11
b:it_says 0:-0.33 5:0.13
b:it_should 0:-0.38 5:-0.16
b:it_shows 1:0.23 5:0.3
b:it_sitting 1:-0.13 5:0.2
b:it_so 2:-0.22 6:0.27
b:it_sorted 6:-0.11
b:it_spotless 5:0.14
b:it_still 0:0.29 2:-0.15 4:-0.31 5:-0.48 7:-0.1
b:it_support 2:0.12 5:-0.19
b:it_takes 1:0.11 5:0.1
b:it_the 4:0.22 5:-0.19 6:0.16
b:it_there 8:0.17
b:it_they 4:-0.12 5:0.19
b:it_this 5:-0.16
b:it_to 0:-0.16 2:0.18 4:-0.18 5:0.37
b:it_too 12:-0.15
b:it_took 0:0.32 1:0.26 2:-0.22 3:0.13 4:-0.37 5:0.2
b:it_turned 0:0.27 2:-0.12 5:0.14 6:0.12 7:-0.24
b:it_until 6:0.1
b:it_up 1:0.53 3:0.24 4:-0.39 5:0.12 6:-0.2 9:0.12 12:0.17
b:it_used 5:-0.19
b:it_was 0:0.32 1:-0.26 3:-0.31 4:-0.19 5:0.25 12:0.34 13:-0.14
b:it_wasnt 0:-0.15 2:-0.35 5:0.41 12:-0.25
b:it_went 4:0.11 6:0.19 11:-0.12
b:it_when 4:-0.18 5:0.3
b:it_while 0:0.11 2:0.13
b:it_with 5:0.12 9:0.19
b:it_without 3:0.14 5:-0.19
b:it_worked 6:-0.12
b:it_works 0:-0.1 6:-0.13
b:it_would 0:0.17 2:-0.15
b:it_wouldnt 0:-0.12
b:it_wrong 6:-0.1
b:it_years 5:0.15
b:itd_be 0:0.45 7:0.11
b:item_and 0:0.14
b:item_in 0:-0.17 5:0.19
b:items_were 5:-0.31
b:its_a 0:-0.13 2:0.12 3:-0.49 5:-0.1 6:-0.23
b:its_actually 2:0.11 6:-0.11
b:its_all 5:0.22 12:0.1
b:its_been 5:0.23 6:-0.18
b:its_bright 0:-0.13
b:its_chaos 3:-0.24
b:its_cheap 5:-0.14
b:its_clean 1:0.14 3:0.18
b:its_coming 6:0.26
b:its_due 0:0.28 5:0.13 6:-0.15 7:0.1
b:its_embarrassing 5:0.18
b:its_fine 2:0.13
b:its_free 0:0.1 4:0.11
b:its_just 9:-0.14
b:its_like 5:-0.15
b:its_location 5:-0.1
b:its_meant 5:0.26
b:its_more 5:-0.11
b:its_mot 1:0.37
b:its_much 2:-0.22 6:0.37
b:its_my 1:0.16 5:-0.11
b:its_never 5:0.14
b:its_not 6:-0.2
b:its_now 0:0.75 4:-0.22 5:-0.15 6:-0.1 7:-0.3
b:its_only 6:0.11
b:its_own 0:-0.22
b:its_the 6:-0.24
b:its_with 6:0.25
b:its_worth 5:-0.11 6:0.25
b:itself_has 5:0.1
b:itself_is 5:-0.11 6:0.22 12:0.16
b:itself_looked 3:-0.13 5:0.13
b:itself_was 0:0.19 2:-0.18 3:0.25 5:0.42 10:0.11 12:0.12
b:ive_asked 2:-0.14 5:0.13 6:0.2
b:ive_been 1:-0.35 2:-0.18 12:-0.14
b:ive_ever 0:-0.2 1:0.12 4:0.52 5:-0.15 10:-0.26
b:ive_felt 1:-0.23
b:ive_had 1:0.6 2:-0.2 3:0.41 4:0.15 5:-0.1
b:ive_heard 6:0.15
b:ive_hired 3:-0.23
b:ive_kept 0:0.13
b:ive_sent 4:-0.15
b:ive_started 6:0.13
b:ive_used 1:0.1 5:0.18 7:0.15
b:ive_worked 0:0.14 2:0.3 4:-0.12 6:-0.34
b:jacuzzi_was 3:0.45 12:-0.11
b:jam_constantly 0:0.16 5:0.51
b:january_and 0:-0.14
b:jargon_and 2:-0.16
b:jargon_that 0:0.13 5:-0.24
b:job_and 0:0.29 5:0.23
b:job_centre 1:0.3 6:0.12
b:job_done 0:-0.12
b:job_on 2:-0.22 5:0.32
b:job_to 1:-0.19 5:0.18
b:job_was 5:0.1 6:0.15
b:jobcentre_was 0:0.25
b:joined_in 5:0.13
b:joined_the 6:0.23
b:joke_and 1:0.17
b:journey_on 4:-0.26 5:0.12
b:judging_by 2:0.16
b:jumped_from 6:0.17
b:junction_box 5:0.29
b:just_a 2:0.12 4:-0.34 5:-0.28
b:just_as 5:0.21
b:just_clearly 2:0.26
b:just_got 6:0.3 13:0.11
b:just_hand 1:-0.16 2:-0.13 5:0.17
b:just_kept 6:0.25
b:just_pointed 1:0.27
b:just_read 6:0.14
b:just_rings 0:0.28 5:0.12
b:just_said 1:0.32 2:-0.12 4:-0.14
b:just_shrugged 0:-0.14 1:0.13 5:0.28 6:-0.13 8:-0.1 12:-0.14
b:just_slow 0:0.17
b:just_to 2:-0.23 11:0.13 12:-0.11
b:just_want 1:0.31 4:-0.16 5:0.28 12:-0.11
b:just_what 6:-0.26
b:keep_asking 2:0.32 12:0.1
b:keep_bringing 5:0.17
b:keep_calls 0:-0.19 1:0.36 6:-0.12
b:keep_coming 5:-0.19 6:-0.18
b:keep_commenting 5:0.16
b:keep_complaining 0:0.13 3:-0.17 5:-0.14 7:-0.12
b:keep_getting 2:-0.2 6:0.42
b:keep_leaving 1:-0.18 3:0.1
b:keep_moaning 5:0.27
b:keep_my 2:0.15
b:keep_pointing 11:-0.15
b:keep_saying 3:0.18 5:-0.1 7:-0.11
b:keep_telling 0:0.1 1:-0.19 2:-0.18 5:0.42 6:0.19 12:-0.2
b:keep_thanking 0:0.12
b:keep_the 1:0.27 5:-0.16
b:keeping_the 5:0.26 12:-0.11
b:keeps_changing 6:-0.18
b:kept_checking 1:0.13 2:-0.11
b:kept_coming 1:0.14
b:kept_dropping 5:0.12 6:-0.14
b:kept_getting 0:0.34 6:-0.19 13:-0.14
b:kept_it 6:0.12
b:kept_me 2:-0.11 13:0.12
b:kept_putting 6:-0.11
b:kept_reading 2:0.14
b:kept_returning 0:-0.21 1:-0.14
b:kept_sayin 6:0.58
b:kept_saying 0:0.13 2:-0.17 6:0.22
b:kept_sending 6:0.24 13:-0.11
b:kept_spotless 0:0.14
b:kept_telling 2:0.17
b:kept_the 0:0.16
b:kept_to 0:0.22 6:0.12
b:kept_us 0:-0.21 3:-0.1 6:0.44 13:0.22
b:kept_waiting 0:0.26 1:0.12 2:-0.11 6:-0.13 7:0.23
b:kept_£ 3:-0.2 4:0.16
b:kettle_hadnt 5:0.1 6:0.31 12:-0.13
b:kettle_i 6:0.13
b:key_cut 5:-0.13
b:key_cutting 4:0.21 5:-0.16
b:keys_back 0:0.26
b:kids_and 2:0.12 6:0.1
b:kids_books 4:0.38
b:kids_had 1:-0.16 5:-0.29
b:kids_in 0:-0.24
b:kids_loved 3:-0.37 5:-0.28
b:kids_party 5:-0.11 11:0.15
b:kids_were 5:0.38
b:kind_and 1:0.1 13:0.12
b:kind_but 5:-0.12
b:kind_of 0:-0.13
b:kind_people 6:0.15
b:kind_to 0:0.15 5:-0.21
b:kind_when 1:0.12 3:-0.23
b:kind_with 0:-0.17 1:0.13
b:kiosks_have 6:-0.17
b:kitchen_fitter 0:0.25 1:0.32
b:kitchen_is 0:-0.22 3:0.21
b:kitchen_staff 3:-0.14 5:0.21
b:kitchen_was 1:-0.14
b:kitchens_were 5:-0.15
b:knee_in 4:0.11 5:0.31
b:knew_a 1:0.19 6:-0.2
b:knew_every 1:0.32 2:0.28 4:0.11 5:0.25
b:knew_everything 1:-0.14 6:-0.23
b:knew_exactly 0:0.31 1:0.46 2:0.19 3:-0.11 4:-0.13 5:-0.34 9:0.3
b:knew_her 1:-0.33 3:-0.12 5:0.27 6:0.11
b:knew_his 2:0.11
b:knew_more 4:-0.17
b:knew_straight 0:-0.13 1:-0.14 5:0.11 12:0.23
b:knew_the 1:-0.42 2:0.45 4:0.14 12:-0.14
b:knew_their 5:-0.12 9:0.1
b:knew_what 0:0.1 1:0.31 2:0.13 5:0.27
b:knew_which 1:-0.14 2:-0.15
b:knocked_20 0:0.13 6:-0.14
b:knocked_a 5:0.22
b:knocked_on 0:0.22
b:knocked_the 0:-0.14
b:knocked_£ 2:0.22
b:knocking_noise 2:0.36 5:0.17
b:know_a 4:0.23 5:0.22
b:know_about 6:0.17
b:know_anything 0:-0.14 1:0.19 5:-0.1 6:0.15
b:know_either 1:-0.12
b:know_everything 5:0.33
b:know_how 1:-0.15 2:0.27 5:-0.1
b:know_if 2:-0.22 5:0.13 9:0.11
b:know_it 0:0.15 5:0.12 12:0.11
b:know_my 1:0.22 2:-0.15
b:know_that 2:-0.13 4:0.14 6:0.15
b:know_the 0:-0.15 1:-0.12 2:0.3 4:-0.2 5:-0.15 6:-0.27
b:know_their 2:0.63 3:0.13 4:0.18 5:0.13 9:0.24
b:know_theyre 2:-0.11
b:know_what 2:-0.21
b:know_whats 2:-0.21 6:0.32
b:know_when 2:-0.16 6:0.29
b:know_where 5:-0.22 13:0.11
b:know_whether 2:0.11 4:-0.15
b:know_which 5:0.32
b:know_who 6:-0.12
b:knowing_exactly 2:-0.1 6:0.27
b:knowledgable_and 2:0.13 5:0.25
b:knowledgable_staff 0:0.14 1:-0.36 6:0.15
b:knowledge_base 5:-0.23
b:knowledgeable_about 2:0.12 4:-0.11
b:knowledgeable_and 1:0.24 2:0.21
b:knowledgeable_but 6:0.11
b:known_the 2:0.1
b:knows_every 1:0.2 5:-0.14
b:knows_everyone 1:0.18 2:-0.3
b:knows_her 1:-0.19 2:0.14
b:knows_his 0:-0.14 2:0.29 5:-0.25
b:knows_how 2:0.39
b:knows_more 9:0.12
b:knows_the 4:-0.12
b:knows_what 5:0.23
b:lad_at 0:0.13 1:0.12 5:-0.35
b:lad_behind 6:0.17
b:lad_can 5:0.27
b:lad_in 0:-0.1 1:-0.17 2:-0.12 5:-0.19
b:lad_on 0:-0.4 1:0.23 2:0.43 4:0.16 5:-0.17 6:-0.42
b:lad_said 0:-0.21
b:lad_was 5:-0.12
b:lad_who 0:0.27 3:0.13
b:lads_on 1:0.23
b:lads_were 1:0.25 6:0.11
b:lady_at 0:-0.12 1:-0.15 6:0.23 13:-0.1
b:lady_i 0:-0.12
b:lady_in 1:-0.15 4:0.13 5:0.19
b:lady_is 2:0.12 5:-0.22
b:lady_on 0:-0.16 1:0.16
b:lady_said 6:-0.35
b:lady_she 0:0.19 1:0.13 6:0.13
b:lady_was 0:-0.27 1:0.29 2:-0.19 5:-0.11 6:-0.21
b:laid_out 5:-0.2
b:lamb_was 4:0.23
b:landlords_keep 0:0.15
b:language_school 6:-0.21
b:laptop_and 0:-0.32
b:laptop_in 5:-0.1 7:0.18
b:laptop_that 0:0.18 1:-0.12
b:large_print 0:0.11
b:last_2 2:0.45 5:0.27
b:last_month 3:0.15 4:0.16 5:-0.21 6:-0.2
b:last_place 3:0.14 5:-0.22 8:0.17 10:0.13
b:last_three 5:-0.24 6:0.12
b:last_time 2:-0.12 4:-0.23
b:last_tuesday 0:-0.17
b:last_two 0:0.22
b:last_week 0:-0.11 5:-0.25 8:0.16
b:last_year 0:0.12 1:0.38 8:0.11
b:last_years 5:-0.24
b:lasted_3 12:0.42
b:lasts_for 1:-0.17 12:0.12
b:late_again 0:-0.16 5:-0.2
b:late_and 0:0.56 2:-0.13 4:0.15 5:-0.12 6:0.37 13:-0.19
b:late_checkout 4:0.11
b:late_into 1:-0.14 6:0.16
b:late_mothers 5:0.11
b:late_on 0:-0.19
b:late_or 4:-0.11
b:late_shift 5:-0.19
b:late_to 2:0.14 6:-0.16
b:later_i 2:0.12
b:later_it 0:-0.17 2:0.16 4:-0.17 5:0.12
b:later_saying 0:0.28
b:later_than 5:0.17 7:-0.11
b:later_the 2:0.15
b:later_with 6:0.15
b:lattes_taste 3:0.12 5:0.2
b:law_degree 1:-0.18 13:-0.1
b:layout_is 0:-0.17 6:-0.13
b:layout_of 0:-0.14 4:0.1
b:lead_and 1:-0.12
b:leak_fixed 5:-0.35
b:leak_in 5:0.17
b:leaking_for 3:0.22 5:-0.14
b:leave_a 3:0.11
b:leave_it 5:0.2
b:leaves_the 10:-0.14
b:leaving_reviews 3:0.1 5:0.18
b:leaving_the 1:-0.15 3:0.28 4:-0.2
b:left_a 0:0.29 2:-0.28 5:0.13 6:0.46
b:left_broken 0:-0.11 3:0.11 4:0.12
b:left_everything 0:0.35
b:left_half 0:-0.23 5:0.14
b:left_in 4:0.24 5:0.21 9:0.15 11:0.11
b:left_it 1:-0.12 2:-0.12 5:0.24
b:left_me 0:-0.11 2:0.44 5:0.53
b:left_mud 5:0.22
b:left_my 0:-0.17 1:0.17 5:0.6
b:left_on 0:0.18 3:-0.2 6:-0.26
b:left_plaster 5:0.21
b:left_spotless 4:0.12
b:left_the 0:0.2 1:0.34 2:-0.21 3:-0.21
b:left_three 0:-0.1
b:left_with 0:-0.1 2:0.42
b:left_without 2:0.11 5:-0.15
b:legroom_in 5:0.25
b:leisure_centre 1:-0.26 2:-0.16 3:0.1 5:-0.16
b:leisure_centres 5:0.12
b:length_about 0:0.13
b:length_and 4:-0.1
b:length_of 0:0.16
b:lenses_are 5:0.17 6:0.15
b:lenses_would 0:0.11
b:less_so 0:0.15 1:-0.1 4:0.1
b:less_than 0:0.1 1:0.2 5:-0.15 11:0.19
b:lesson_fees 4:0.11 5:0.2
b:lessons_are 5:-0.23
b:lessons_on 0:0.12 1:0.17
b:lessons_were 5:-0.18
b:let_him 1:-0.1
b:let_me 0:-0.17 2:-0.11 5:-0.17 6:0.28 8:0.12 13:-0.13
b:let_them 5:0.15
b:let_us 1:0.15 2:-0.2 6:0.16
b:lets_say 5:0.27
b:lets_them 5:-0.21
b:letter_about 2:-0.22 4:-0.11 5:-0.29
b:letter_came 6:0.1
b:letter_explaining 5:0.38 13:-0.14
b:letter_from 2:-0.11 6:0.27
b:letter_full 1:-0.18
b:letter_had 6:0.12
b:letter_said 2:0.14 6:0.32
b:letter_saying 4:-0.18
b:letter_telling 6:-0.14
b:letter_was 0:0.15 2:-0.17
b:letters_about 4:-0.13
b:letters_arrived 6:0.13
b:letters_from 6:0.13
b:letters_home 1:0.14
b:letters_were 2:-0.15
b:letting_agent 2:-0.21 3:-0.1 4:-0.11 6:0.24 12:0.1 13:-0.11
b:librarians_were 1:0.12
b:library_computers 5:0.23
b:library_did 4:-0.14 6:0.12
b:library_is 1:-0.11 5:-0.15
b:library_staff 8:-0.24
b:library_was 3:0.18 5:0.43 12:-0.11
b:lifeguard_on 5:0.24
b:lifeguards_on 1:0.35
b:lift_the 1:0.11
b:lift_was 5:-0.12
b:light_came 0:-0.12
b:light_was 2:0.14 5:-0.28
b:like_5 5:-0.14
b:like_a 1:0.37 2:-0.26 4:-0.22 5:0.26 6:-0.25 8:0.21 12:-0.12
b:like_being 4:-0.12
b:like_chewing 1:-0.31 5:0.22
b:like_clockwork 0:0.13
b:like_glass 5:0.23
b:like_he 2:0.11 5:-0.12
b:like_i 1:0.12 6:0.25 8:-0.34
b:like_id 0:-0.15 1:0.11 5:-0.12
b:like_it 1:0.1 4:0.42 12:-0.17
b:like_me 1:-0.38
b:like_new 1:0.15 4:-0.21 5:0.14
b:like_she 0:-0.26 1:0.1 2:-0.13 5:-0.12 6:0.21
b:like_sleeping 5:0.38
b:like_talking 1:0.31 5:-0.3
b:like_that 2:-0.15
b:like_the 0:0.2 1:-0.11 2:0.16 3:0.27 4:0.16 5:0.26 12:0.18
b:like_they 5:-0.39
b:like_theyre 1:0.12
b:like_we 6:0.22
b:like_youre 0:-0.1 8:-0.13
b:liked_that 6:0.17 13:0.11
b:liked_the 5:-0.27
b:line_and 0:-0.15
b:line_are 1:-0.26
b:line_as 6:-0.18
b:line_by 1:0.16
b:line_for 5:0.12
b:line_had 2:0.24
b:line_have 6:0.14
b:line_of 6:0.25
b:line_to 1:0.1
b:list_and 4:-0.22
b:list_for 0:0.51 6:0.14 7:-0.11
b:list_inside 5:0.29 11:0.12
b:list_was 0:-0.45 1:0.1 4:-0.17 5:-0.12
b:listen_to 2:-0.13 5:-0.21 6:-0.25
b:listened_and 1:-0.33
b:listened_to 5:0.14 6:0.17
b:listening_to 0:0.17 6:-0.12
b:literally_the 0:0.13
b:little_bakery 4:0.17
b:little_longer 0:0.21 6:0.16
b:little_more 6:-0.11 10:-0.13
b:little_ones 5:-0.13
b:little_to 4:-0.12 6:-0.16
b:live_chat 6:-0.21
b:live_on 0:0.24 5:-0.17
b:loads_of 0:-0.32 2:-0.23 5:0.13 6:0.29
b:location_and 5:-0.1
b:lockers_are 0:-0.13
b:locum_gp 2:0.19 9:-0.14
b:locum_pharmacist 1:0.11
b:log_in 5:0.17 12:-0.1
b:logs_me 3:-0.15 5:0.13
b:lol_the 3:0.17 5:0.28
b:long_as 0:0.38 1:0.2 5:-0.11
b:long_at 0:0.13 5:-0.19
b:long_on 6:0.2
b:long_story 5:0.3
b:long_the 0:-0.39 5:-0.15
b:long_they 5:0.12
b:long_time 1:-0.24 5:-0.1 6:0.12
b:long_to 5:0.37
b:long_wait 0:0.33 5:0.29
b:longer_and 0:-0.18 6:-0.12
b:longer_than 0:0.32 6:0.2 7:-0.12
b:look_after 5:-0.27
b:look_and 1:0.12 5:-0.13
b:look_at 0:-0.36 1:-0.19 2:-0.11 5:0.18 6:-0.32 9:0.12 11:0.17
b:look_for 4:-0.11 5:-0.13
b:look_from 1:-0.21
b:look_into 5:0.14
b:look_like 2:-0.18 5:0.12 6:0.26
b:look_on 2:0.27 12:0.13
b:look_up 0:-0.14 1:0.18 2:-0.14 5:-0.32
b:look_when 1:0.12 5:-0.12
b:looked_after 0:-0.15 1:0.12
b:looked_at 1:0.29 2:0.3 5:-0.21 8:-0.33 9:-0.11
b:looked_better 3:-0.17
b:looked_great 3:-0.13
b:looked_immaculate 5:-0.13
b:looked_like 0:-0.13 5:0.19
b:looked_up 0:-0.23 1:0.31 2:-0.38 5:-0.13 6:0.13
b:looking_at 2:0.2
b:looking_elsewhere 3:0.14
b:looking_for 5:-0.19
b:looking_like 1:-0.11 3:0.18 5:0.38
b:looks_brand 0:0.58 3:0.37 7:0.1 12:0.16
b:looks_like 12:-0.1
b:loos_were 4:-0.1
b:lose_the 5:0.16 6:0.14
b:loss_adjuster 0:-0.22
b:lost_a 0:-0.22 1:0.21 5:0.56 6:0.18
b:lost_luggage 2:-0.15 5:-0.2 13:0.11
b:lost_my 5:0.12 6:-0.1 12:-0.11
b:lost_property 0:-0.11
b:lost_the 5:0.25
b:lost_three 0:0.11 5:-0.11
b:lot_about 5:0.21 10:-0.13
b:lot_better 4:0.11
b:lot_in 6:0.2
b:lot_of 0:-0.14 1:0.48 2:-0.18 4:0.41 5:-0.27 6:0.27 11:-0.11 13:-0.32
b:lots_of 11:0.11
b:loudly_when 5:0.12
b:lounge_was 2:0.11 5:-0.12
b:love_a 4:0.19
b:love_being 0:0.13 2:0.1
b:love_how 0:0.25 1:-0.25 5:0.36 12:-0.12 13:-0.16
b:love_it 0:0.27 1:-0.14 2:0.16 3:-0.2 5:-0.27
b:love_my 12:-0.19
b:love_our 5:0.14
b:love_paying 11:-0.1
b:love_that 0:0.15 1:-0.1 4:0.19 6:0.26 11:0.12 13:0.3
b:love_the 1:-0.16 4:-0.1 6:0.44
b:loved_her 1:-0.12
b:loved_it 0:-0.14 2:0.19 5:-0.65
b:loved_paying 3:-0.11 5:0.24
b:loved_spending 0:0.17 7:-0.15
b:loved_the 4:-0.13
b:lovely_about 1:-0.29 5:0.18
b:lovely_and 0:0.15 1:0.28 2:-0.2 3:0.24 4:0.11 5:0.29 6:0.15
b:lovely_bloke 2:-0.15
b:lovely_bread 5:0.11
b:lovely_but 0:-0.2 1:0.29 3:0.26 5:-0.5
b:lovely_clean 0:0.11 1:-0.41 3:0.2 4:-0.11 5:-0.14 8:-0.22
b:lovely_hotel 4:0.1
b:lovely_job 5:0.11
b:lovely_lad 3:-0.55 5:0.52
b:lovely_lady 2:-0.13 6:0.11
b:lovely_little 1:0.15 2:0.27
b:lovely_man 3:-0.27 8:0.15
b:lovely_people 5:0.11 12:-0.11
b:lovely_staff 1:0.11
b:lovely_to 0:-0.45 1:-0.96 3:0.26
b:lovely_touch 1:-0.19 3:0.11
b:lovely_welcome 1:0.63
b:lovely_with 1:0.18 2:0.26
b:lovely_woman 2:0.18 6:-0.15
b:loving_the 11:-0.26
b:lower_than 5:-0.19
b:lowest_of 0:0.18
b:loyal_to 5:0.1
b:loyalty_app 2:0.29
b:loyalty_card 2:-0.19 4:0.18
b:loyalty_scheme 6:-0.17
b:luckily_i 2:0.35
b:luke_warm 0:0.16
b:lukewarm_and 3:0.44
b:lump_on 0:0.36
b:lunch_and 0:-0.11 2:0.14
b:lunch_break 0:0.27 6:-0.15 7:-0.18
b:lunch_deal 5:-0.32 11:0.15
b:lunchtime_and 0:0.14 5:-0.17
b:m_8 1:0.42
b:machine_ate 5:0.15
b:machine_charged 0:-0.14
b:machine_in 3:0.11
b:machine_is 4:0.11 5:0.38
b:machine_was 1:0.21 2:-0.1 4:-0.17 5:-0.28
b:machines_and 2:0.19 6:-0.15
b:made_a 1:0.43 12:0.19
b:made_it 0:0.13
b:made_me 0:-0.3 1:-0.32 2:0.11 3:-0.12 4:0.14 5:-0.16 6:-0.12 8:0.34
b:made_my 1:0.21 3:-0.15 5:-0.17 6:-0.12 8:-0.11
b:made_sense 5:0.13 6:0.13
b:made_up 1:-0.13
b:made_us 0:-0.2 5:-0.16
b:magazines_in 1:-0.2 5:-0.15
b:main_complaint 2:0.15 4:0.14 12:0.11
b:main_dealer 1:-0.1 5:-0.26 6:0.1
b:main_frustration 0:-0.11 1:0.11 4:0.11 5:0.13
b:main_reason 5:0.14
b:make_a 5:0.19 6:-0.16
b:make_it 11:-0.17
b:make_me 1:0.17 5:-0.2 11:0.2
b:make_sure 1:0.15 2:-0.11
b:make_up 3:0.1 4:0.3
b:makes_a 0:-0.18 1:0.17 6:0.2
b:makes_the 0:-0.28 1:-0.11 6:-0.14 11:-0.12
b:makes_you 1:0.14
b:making_a 5:0.11
b:making_me 1:0.18
b:man_at 0:-0.22 2:0.18 3:0.29 5:0.12
b:man_fixed 5:0.22
b:man_in 2:0.21
b:man_just 0:0.11
b:man_on 2:-0.18
b:man_was 1:0.34 3:-0.13 5:-0.21
b:man_who 0:-0.15 5:-0.27
b:manage_a 5:0.15
b:managed_to 3:-0.11 5:0.22 11:0.13 12:-0.17
b:management_keeps 6:-0.18
b:management_never 6:-0.14
b:management_still 1:-0.11 5:0.23
b:manager_actually 1:-0.32
b:manager_apologised 5:-0.11
b:manager_at 6:0.3
b:manager_for 2:-0.14
b:manager_is 1:-0.22
b:manager_rang 2:-0.11 5:-0.12 6:0.17
b:manager_rings 2:0.12
b:managers_in 6:0.23
b:managers_want 0:0.2
b:manner_of 1:0.42
b:many_times 0:-0.22 5:0.1 6:0.11
b:march_and 5:-0.15
b:marked_my 0:-0.12 1:-0.19 6:0.11
b:marks_for 0:-0.15 2:0.43 4:-0.21 5:0.5 12:-0.14
b:marks_to 0:0.12 5:0.14
b:massage_was 5:0.36 6:0.18 12:0.17
b:match_the 5:0.12 6:-0.13
b:matched_the 0:0.11 5:-0.13
b:mats_and 3:0.26 4:0.13
b:mattress_is 5:0.12 12:0.11
b:may_concern 4:-0.29
b:maybe_we 6:0.15
b:me_20 6:0.13
b:me_a 0:-0.27 1:-0.24 2:-0.81 3:0.24 4:0.23 5:-0.57 6:0.41
b:me_about 1:0.13 2:0.53 4:0.17 5:-0.12 9:0.21
b:me_all 6:-0.14
b:me_an 1:-0.14
b:me_and 0:-0.15 1:0.14 5:-0.22
b:me_any 1:0.19 6:0.13
b:me_anything 0:0.43 1:0.18
b:me_at 0:0.1 1:0.46 2:0.19 6:0.32 7:0.19 11:-0.12
b:me_back 0:-0.96 1:-0.2 5:-0.27 6:0.42 13:-0.22
b:me_before 5:-0.19 6:-0.22 13:0.11
b:me_by 13:0.13
b:me_choose 1:-0.29
b:me_down 6:0.12
b:me_even 1:0.28 2:-0.27 4:0.31 5:-0.2 6:-0.27 11:0.12
b:me_every 0:0.16 6:0.33
b:me_exactly 0:-0.11 1:-0.18 2:0.24 5:0.17 6:-0.24 9:0.16
b:me_feel 0:-0.32 1:0.3 5:-0.31 6:-0.14 8:0.37 13:0.11
b:me_for 0:0.25 2:0.23 3:0.38 4:-0.18 5:-0.3 8:-0.34 9:0.11 11:0.23
b:me_going 5:0.38 6:0.11
b:me_how 1:0.1 2:0.19 5:-0.25
b:me_i 0:-0.1 1:-0.24 2:0.29 5:-0.38 6:-0.13
b:me_id 6:-0.26
b:me_in 0:0.27 1:-0.24 5:-0.12 6:-0.27
b:me_informed 4:0.14
b:me_into 1:0.17 12:0.1
b:me_it 0:-0.17 2:0.23 4:-0.17 5:-0.28 6:-0.16 9:-0.12
b:me_know 13:-0.12
b:me_like 2:-0.1 5:0.32 6:0.1 8:-0.17
b:me_my 1:-0.62 2:0.64 4:-0.24 5:-0.37 6:-0.14 9:-0.21
b:me_not 4:0.19 9:0.16 11:0.26
b:me_of 0:-0.12 5:0.1
b:me_off 1:0.24 2:-0.11 4:0.65 5:-0.39
b:me_on 0:-0.3 1:0.25 2:0.21 6:-0.41
b:me_once 8:0.11
b:me_one 0:-0.15 2:0.2 6:-0.2
b:me_our 2:-0.1 5:0.3
b:me_out 3:-0.24 5:-0.21 11:-0.13
b:me_photos 4:-0.15 6:0.12
b:me_posted 0:-0.24 1:0.13 6:0.19
b:me_running 1:0.23 8:0.13
b:me_so 6:0.14
b:me_someone 2:0.26
b:me_something 0:0.14 2:-0.42 5:0.18 6:0.18
b:me_straight 4:-0.12
b:me_that 2:-0.17
b:me_the 0:0.16 1:-0.64 2:0.43 4:-0.13 5:0.18 12:0.1
b:me_three 2:0.32 6:-0.29
b:me_through 0:-0.13 1:-0.31 6:0.27
b:me_to 0:0.41 2:-0.14 5:0.75 6:-0.1
b:me_today 0:0.21 1:0.28 2:-0.13 5:-0.15 8:-0.25
b:me_twice 0:-0.14 1:-0.11 2:-0.13 6:0.25
b:me_two 1:-0.12 2:0.18
b:me_until 1:0.11
b:me_updated 0:0.11
b:me_was 0:-0.25 5:-0.11
b:me_what 9:-0.14
b:me_when 0:-0.22 1:-0.25 2:-0.27 5:0.18
b:me_where 0:-0.23 1:-0.1 2:0.16 5:-0.19 6:-0.25
b:me_whether 5:0.15
b:me_why 0:0.25 2:-0.14 6:0.23
b:me_with 0:-0.16 1:0.12 2:0.38 3:-0.12 4:0.2 5:0.61
b:me_within 0:0.24
b:me_wrong 2:0.11 5:-0.19
b:me_yesterday 4:0.12
b:me_£ 3:0.15 6:-0.18 11:-0.17
b:meal_kit 0:0.19 2:0.19 3:-0.21
b:meal_was 1:0.3
b:mean_customers 6:-0.18
b:mean_nobody 1:0.21
b:mean_passengers 6:0.12
b:means_customers 0:0.14 2:-0.15 6:0.26
b:means_i 3:-0.17
b:means_we 0:0.27
b:meant_a 1:0.13 4:-0.1
b:meant_and 5:-0.17
b:meant_i 1:0.13
b:meant_they 1:0.15
b:meant_to 0:-0.12 1:-0.19 2:0.22 5:0.23 6:-0.14 9:-0.11
b:measured_everything 5:-0.12
b:meat_counter 1:0.23 2:-0.13
b:mechanic_found 0:-0.2 2:0.29 5:-0.26
b:mechanic_said 1:-0.19 2:0.13
b:mechanic_spotted 5:-0.23
b:mechanic_was 2:-0.12 6:0.32
b:mechanic_who 0:-0.16 6:0.11
b:meds_clash 1:0.11
b:member_of 0:-0.14
b:members_and 5:0.31
b:members_are 2:-0.12 6:0.14
b:members_have 2:0.17
b:members_in 2:0.13
b:members_said 1:0.17 3:0.11 8:0.11
b:members_tell 5:0.45
b:members_were 4:0.14 6:0.11
b:membership_is 5:0.22 6:0.18
b:membership_was 2:-0.12 5:-0.13 11:0.11
b:membership_went 4:0.12 6:0.16
b:men_in 5:0.11
b:men_left 5:0.1
b:men_were 3:0.11 5:0.43
b:mental_health 0:-0.15 6:0.27
b:mention_it 3:0.25
b:mention_the 6:0.13
b:mentioned_anywhere 6:0.19
b:mentioned_at 0:-0.15 4:0.21 5:-0.1 6:0.17
b:mentioned_it 1:0.19 2:-0.15 5:0.24 6:0.11
b:mentioned_only 0:-0.12
b:mentioned_that 1:-0.23 11:-0.12
b:mentioned_the 1:0.19 2:-0.12 5:0.23 6:-0.2 8:0.14 11:0.12
b:mentioned_when 6:0.12
b:menu_is 4:0.32 5:0.28
b:merci_! 5:0.33
b:merci_beaucoup 6:0.17
b:merci_for 0:0.26
b:messaged_through 6:-0.1
b:meter_reading 5:-0.1
b:meter_stopped 5:0.39
b:meter_was 5:-0.12
b:meter_would 0:-0.11
b:mi_hijo 1:0.26 5:-0.18
b:microwave_in 0:-0.3
b:middle_of 4:-0.11
b:might_be 1:-0.23
b:miles_in 1:0.26 2:0.11 4:-0.18
b:milk_for 5:0.3 6:-0.12
b:min_queue 0:0.1
b:mince_was 5:0.15
b:mind_paying 4:0.11 5:0.2 11:0.11 12:0.13
b:mine_had 1:0.22 4:-0.11
b:mins_and 5:-0.26 6:-0.13
b:mins_at 1:0.16
b:mins_away 5:-0.18 7:-0.11
b:mins_before 5:0.12
b:mins_for 0:-0.11 2:0.38 6:0.17
b:mins_in 3:0.27 5:-0.1
b:mins_late 0:0.14 6:0.28
b:mins_of 0:-0.35 5:0.31
b:mins_on 2:-0.13 5:-0.24
b:mins_while 1:-0.27
b:minute_chat 5:0.32 6:0.28
b:minute_hold 0:0.13
b:minute_on 2:0.12 6:-0.14
b:minute_queue 5:0.13
b:minute_wait 0:-0.12 3:-0.18
b:minute_walk 5:0.11
b:minutes_! 1:0.22
b:minutes_after 0:-0.33 5:-0.12
b:minutes_and 0:0.27 1:0.32 4:0.18 5:0.36 6:-0.1 7:0.15
b:minutes_at 0:0.18 1:0.19 2:-0.1
b:minutes_because 4:0.29 11:0.1
b:minutes_before 0:-0.14
b:minutes_behind 0:-0.31
b:minutes_even 5:-0.11
b:minutes_flat 0:-0.33 1:0.21 2:0.15 5:0.19 9:0.1
b:minutes_for 0:0.39 5:0.4
b:minutes_in 4:0.13 6:0.19
b:minutes_instead 2:0.16
b:minutes_just 0:0.11 5:0.14
b:minutes_late 0:-0.14 1:-0.45 5:0.13 6:0.16
b:minutes_now 0:-0.14
b:minutes_of 0:0.37 1:-0.11 5:0.14 6:0.12
b:minutes_on 1:-0.1 5:-0.3
b:minutes_or 0:0.14
b:minutes_over 1:0.2
b:minutes_to 0:-0.26 1:-0.1 2:0.24 6:-0.23
b:minutes_while 0:0.4 1:-0.11 2:-0.13 5:-0.16 7:-0.2
b:minutes_with 0:0.14 1:0.12 2:0.35 5:-0.21
b:minutes_without 5:0.21 6:0.26 12:-0.11
b:missed_a 5:0.31 12:0.19
b:missed_delivery 12:0.17
b:missed_for 2:0.13 4:-0.14
b:missed_it 0:-0.22 2:0.11 5:-0.13 6:0.26
b:missed_off 5:-0.1
b:missed_our 5:0.17 12:-0.11
b:missed_the 3:0.22 6:-0.19
b:missed_three 0:-0.48 5:0.25
b:missing_the 5:0.18
b:mistake_on 0:-0.21 6:-0.2
b:mix_up 6:0.13
b:mixed_and 5:0.1
b:mixed_bag 6:0.16 13:-0.13
b:mixed_views 5:-0.12
b:moan_about 5:0.1
b:moan_that 5:0.23
b:moaning_about 7:0.12
b:mobile_network 4:-0.11 5:0.12 6:-0.19
b:mobile_networks 2:0.17 8:-0.13
b:model_is 4:-0.28
b:model_of 1:-0.1
b:moderator_asked 0:-0.17 6:0.14
b:moderator_note 0:-0.13 1:-0.17 4:-0.26 5:-0.15 6:-0.3 13:-0.11
b:moderator_noted 6:-0.11
b:moderator_summary 0:0.24 1:-0.24 5:-0.16 13:0.11
b:moderators_summary 11:0.1
b:moment_i 1:0.11 6:-0.15
b:monday_and 0:0.27 7:0.11
b:monday_morning 0:-0.24
b:money_back 1:0.15 2:0.11 5:-0.16
b:money_system 2:-0.18
b:money_was 0:0.17 2:-0.1 5:-0.17
b:money_well 5:0.12 7:-0.11
b:month_and 0:-0.35 2:0.14 4:0.27 5:0.21 6:-0.17 11:-0.12 12:-0.13
b:month_cheaper 0:-0.12 5:0.23
b:month_for 0:0.24 5:-0.16
b:month_i 5:-0.1
b:month_its 6:-0.19
b:month_more 5:-0.11
b:month_the 0:-0.12 1:-0.19 6:0.15
b:month_to 0:0.14 5:-0.1
b:month_was 6:0.38
b:month_with 0:0.16 5:-0.15
b:monthly_fee 5:0.11 6:-0.17 11:-0.11
b:months_and 6:0.2
b:months_for 0:0.2
b:months_on 4:-0.12 5:0.16 12:0.12
b:months_to 5:0.2 6:0.21
b:morale_is 1:-0.14
b:more_before 13:-0.15
b:more_do 1:0.35
b:more_expensive 4:-0.16 6:0.11
b:more_for 0:0.27 3:-0.13
b:more_from 1:-0.11
b:more_helpful 6:-0.13
b:more_often 10:-0.12
b:more_per 4:0.17 5:-0.11
b:more_reliable 6:0.17
b:more_staff 3:-0.15 5:0.2
b:more_than 0:0.2 1:-0.23 2:-0.24 5:0.18 6:0.1 7:0.2 8:0.16 9:0.13 12:-0.11 13:0.12
b:morning_for 0:0.25
b:morning_of 5:-0.16
b:morning_rush 5:0.18
b:morning_to 1:0.13 3:-0.18 6:0.23 13:0.11
b:mortgage_adviser 6:0.31
b:most_agreed 3:0.1 5:0.14
b:most_are 5:0.11
b:most_feeling 6:0.12
b:most_felt 1:0.34 4:0.14 5:-0.25 6:0.14 11:-0.15
b:most_is 5:0.17
b:most_knowledgeable 1:-0.25 2:0.14 5:0.27
b:most_of 0:0.4 1:-0.26 2:0.22 5:-0.24 6:-0.26 8:0.1
b:most_participants 0:-0.18 2:-0.12
b:most_said 2:-0.3 6:0.13
b:most_say 5:0.13 11:-0.1
b:most_things 6:-0.1
b:most_was 4:0.17 5:-0.13
b:mostly_positive 2:0.12
b:mostly_talked 6:0.16
b:mot_and 6:-0.16
b:mot_first 1:0.39
b:mot_passed 0:0.12 5:-0.3
b:mould_in 3:-0.22
b:mouldy_shower 5:-0.12
b:moved_all 5:-0.17
b:moved_house 0:0.24
b:moved_out 12:0.11
b:moved_to 6:0.21
b:moved_us 2:-0.13
b:moving_out 0:-0.15 6:0.11
b:moving_to 1:-0.16 6:0.1
b:mr_okafor 12:-0.1
b:much_appreciated 1:0.13 8:0.11
b:much_as 3:0.32 6:0.13
b:much_better 2:-0.24 3:-0.21 5:-0.29 6:0.2
b:much_clearer 6:0.18
b:much_easier 2:-0.21 6:0.23
b:much_faster 0:0.19
b:much_for 5:-0.12
b:much_from 3:0.23 4:-0.1 12:0.11
b:much_more 1:0.12 6:0.1
b:much_they 11:0.14
b:much_to 0:-0.18 2:0.12 6:-0.16
b:much_we 3:-0.16
b:mud_all 3:0.1 5:0.12
b:mud_on 5:-0.12
b:mum_was 0:-0.14
b:mums_been 5:0.15 6:-0.1
b:mums_carer 5:-0.15
b:mums_funeral 0:-0.25 4:0.1
b:music_is 0:0.11
b:music_school 1:0.36
b:must_be 2:0.25 5:-0.1 6:-0.1
b:muy_amable 1:0.3 5:-0.24
b:muy_bien 1:-0.17 5:0.43
b:muy_paciente 1:0.26 5:-0.18
b:my_account 2:0.11 5:0.11 6:0.22
b:my_appointment 4:-0.12 5:-0.11
b:my_back 5:0.17
b:my_bad 6:0.18
b:my_bag 0:0.11 5:-0.22
b:my_bank 1:-0.12 4:0.12
b:my_bill 0:-0.1 5:-0.13
b:my_bin 0:-0.23 13:-0.17
b:my_blood 0:0.16 2:0.15 4:-0.14 5:0.22
b:my_box 5:-0.19
b:my_brake 1:0.18
b:my_brakes 1:-0.11 2:0.29
b:my_broadband 5:0.17
b:my_broken 5:0.3
b:my_bus 4:-0.26
b:my_call 0:0.2 6:-0.14
b:my_car 0:-0.2 3:0.31 4:-0.19 6:0.28 7:-0.11 12:-0.11 13:-0.15
b:my_card 0:0.21 2:-0.16 5:0.26 6:0.13
b:my_case 1:0.12 2:-0.15 5:-0.14 13:0.13
b:my_cat 1:0.18 2:0.22 5:-0.28
b:my_chair 5:-0.18
b:my_change 1:0.16
b:my_claim 5:0.16 6:0.12 12:0.16
b:my_coat 5:-0.29
b:my_coffee 0:0.14 5:-0.2
b:my_colleagues 1:0.25
b:my_complaint 0:-0.21 4:-0.28 5:-0.26 12:0.15
b:my_contract 0:0.1
b:my_council 5:-0.11
b:my_course 7:-0.13
b:my_cracked 0:0.27 12:0.13
b:my_cream 5:0.15
b:my_current 4:0.17
b:my_customers 1:-0.26 5:0.25
b:my_dad 0:-0.36 2:-0.14 3:-0.11 5:-0.15 6:-0.35
b:my_dads 5:0.1
b:my_daughter 0:-0.22 5:0.11 12:0.13
b:my_daughters 5:0.35 6:-0.21 11:0.14 13:0.14
b:my_day 1:0.22 2:-0.1 3:-0.15 5:-0.25 6:-0.15 8:-0.12
b:my_deadlift 2:0.3 5:-0.13
b:my_direct 4:-0.11 5:-0.1 6:-0.2
b:my_dissatisfaction 6:0.14
b:my_dog 1:0.45
b:my_door 2:-0.13 6:0.12
b:my_dress 3:0.1 5:0.14 12:-0.18
b:my_drive 3:0.25 12:0.22
b:my_ear 5:0.24
b:my_electricity 0:0.12 5:-0.11
b:my_email 1:0.31 3:-0.11 6:0.26
b:my_emails 0:0.17 5:-0.13
b:my_english 2:-0.11 5:-0.25 6:0.17 13:0.17
b:my_exam 0:0.21
b:my_experience 6:0.12
b:my_eye 0:-0.13
b:my_eyes 2:0.11 5:-0.11
b:my_family 5:-0.13
b:my_father 0:-0.18 1:0.15 2:-0.17 6:-0.15
b:my_first 1:0.22
b:my_flat 5:-0.11
b:my_foot 11:-0.23
b:my_frames 0:0.1
b:my_french 0:0.15 6:0.16
b:my_front 0:-0.13
b:my_glasses 5:-0.22
b:my_gp 0:0.36 7:-0.13
b:my_grandmothers 0:-0.18 5:0.21 6:0.19
b:my_gym 2:0.24 4:-0.14 5:-0.12
b:my_hair 5:0.22 12:0.14
b:my_hamstring 5:0.16
b:my_hand 0:0.16
b:my_hip 1:-0.16 11:-0.11
b:my_history 6:0.16
b:my_holiday 0:-0.26
b:my_home 5:0.1
b:my_house 0:0.26 1:-0.16 3:0.19
b:my_husband 0:-0.24 1:0.36 2:-0.14 6:-0.12 8:-0.16
b:my_insurers 2:0.23 6:-0.26
b:my_isa 2:0.23 6:-0.13 9:-0.14
b:my_jaw 0:-0.13 5:0.29
b:my_job 1:-0.24
b:my_kitchen 0:0.18 5:-0.23
b:my_knee 1:-0.2 5:0.33
b:my_lad 5:0.26
b:my_laptop 5:0.13 6:0.23 7:0.15
b:my_last 0:0.14 5:-0.12 7:0.16
b:my_late 6:0.1
b:my_lenses 0:0.11
b:my_letter 6:0.14
b:my_life 0:0.12 5:-0.26 6:-0.17
b:my_lunch 0:0.25
b:my_manager 1:-0.14 3:0.21 6:-0.34
b:my_mate 0:-0.16 5:-0.12
b:my_money 4:-0.13
b:my_mortgage 0:0.15 2:0.15
b:my_mot 5:-0.16
b:my_mother 0:-0.21 1:0.22
b:my_mum 0:-0.27 2:-0.34 4:0.11 6:0.17
b:my_mums 0:-0.17 1:0.27 2:0.13 5:-0.15
b:my_nails 0:-0.16
b:my_name 0:0.19 2:-0.31 3:-0.22 6:-0.2 7:0.11
b:my_nan 5:-0.15
b:my_neck 1:-0.15 5:0.13
b:my_neighbour 0:-0.16 2:0.14
b:my_neighbours 5:0.18
b:my_new 1:-0.16 5:-0.28 6:0.14 12:-0.18
b:my_next 5:-0.12
b:my_old 0:-0.38 1:-0.37 2:0.26 5:0.6 6:-0.3 11:0.12 12:-0.1
b:my_only 0:-0.24 2:0.15 3:0.15 4:0.22 5:0.28 6:0.26
b:my_order 1:-0.22 2:-0.17 4:0.24 5:-0.33 6:0.32
b:my_own 1:-0.25 2:-0.15 3:0.27 5:0.13 6:-0.14
b:my_parcel 1:0.12 3:-0.12 5:0.35 6:0.35 12:-0.14
b:my_parcels 5:0.3
b:my_parking 0:0.3
b:my_pension 4:0.12
b:my_phone 1:-0.12 2:-0.2 5:0.11 12:-0.11
b:my_photos 5:-0.17
b:my_prescription 1:-0.23 5:-0.19 9:-0.1
b:my_previous 2:0.17
b:my_problem 1:0.1 5:-0.21
b:my_questions 0:-0.19
b:my_refund 2:-0.29 6:0.23
b:my_repeat 0:0.25
b:my_room 0:0.31 3:0.1 5:-0.13
b:my_router 0:0.17
b:my_scalp 2:0.29 5:-0.28
b:my_shift 0:-0.16
b:my_shifts 1:0.2
b:my_shoes 5:-0.17
b:my_shopping 8:-0.13
b:my_shoulder 0:-0.21
b:my_sister 5:-0.11
b:my_sisters 1:0.13 2:-0.16
b:my_skin 2:0.1 5:0.28
b:my_sleeve 5:0.27
b:my_son 0:-0.18 1:0.21 2:0.23 5:0.23 6:-0.12 9:-0.14
b:my_sons 5:0.13
b:my_squat 1:-0.21
b:my_statement 2:-0.17
b:my_suit 1:0.19 5:0.29
b:my_suitcase 5:0.41 12:-0.11
b:my_symptoms 1:0.12 2:0.12 9:-0.14
b:my_tea 0:0.22 5:-0.11
b:my_teacher 0:-0.17
b:my_teeth 1:0.22 2:-0.26 3:-0.16 5:0.28
b:my_texts 0:0.2
b:my_thyroid 1:-0.1 2:0.2
b:my_twins 5:0.33
b:my_two 5:-0.15 6:-0.13
b:my_tyre 2:-0.12
b:my_tyres 1:-0.16 5:-0.12
b:my_umbrella 1:0.17
b:my_usage 4:-0.14
b:my_usual 6:0.13
b:my_van 6:0.23
b:my_visit 6:-0.1
b:my_watch 4:0.21 5:-0.23
b:my_wedding 2:-0.16 5:0.14
b:my_week 0:0.17
b:my_wife 0:-0.2
b:my_work 6:-0.14 7:0.15
b:my_£ 4:-0.19 5:0.38 12:-0.1
b:myself_and 2:0.28
b:myself_at 3:-0.29 5:0.36
b:n_cake 5:-0.11
b:n_charged 2:-0.2 4:0.17 5:0.27 6:0.46
b:n_cheerful 5:-0.28
b:n_clean 1:0.43
b:n_he 1:0.19 2:0.23
b:n_it 4:-0.15
b:n_nobody 5:-0.11
b:n_the 0:0.15 3:0.2 5:1.05 6:0.15
b:n_then 1:-0.18
b:nail_tech 1:-0.15
b:nailed_it 2:0.21 5:0.15 9:0.11 12:0.18
b:nails_done 0:-0.21
b:name_and 5:-0.28
b:name_down 0:-0.23
b:name_on 1:0.17
b:name_was 0:0.28 1:-0.18 5:-0.13
b:name_wrong 5:0.41 6:0.15
b:names_and 6:-0.13
b:near_as 0:0.24
b:near_the 4:0.11 5:0.38
b:nearly_a 0:0.16 12:-0.26
b:nearly_an 0:-0.16 1:0.27 2:-0.11
b:nearly_doubled 4:0.12
b:nearly_every 6:-0.1
b:nearly_everyone 2:0.17
b:nearly_fell 5:-0.18
b:nearly_forty 2:0.13
b:nearly_missed 2:-0.12 6:0.3
b:nearly_new 5:0.13
b:neck_in 1:-0.15 5:0.13
b:need_a 0:-0.2
b:need_it 10:-0.11
b:need_more 5:0.15
b:need_the 9:0.17
b:need_to 0:0.14
b:needed_a 1:-0.21 2:0.18 4:-0.11 5:-0.13 6:-0.11 9:-0.17
b:needed_an 2:-0.13
b:needed_and 5:0.19
b:needed_doing 2:-0.11 5:0.12
b:needed_for 0:-0.2 1:0.31 2:0.26 3:-0.14 6:-0.13
b:needed_replacing 1:0.16 6:-0.12 9:0.12
b:needed_the 6:0.16
b:needed_without 3:-0.1 5:0.13
b:needs_a 1:-0.19
b:needs_doing 5:0.12
b:needs_to 3:0.12 5:-0.12 6:0.13
b:network_coverage 5:0.23
b:neutering_and 0:0.27
b:never_a 0:0.43 1:-0.1 4:-0.18 5:0.26 7:-0.19
b:never_again 0:0.17 1:-0.13 5:-0.55 6:-0.31
b:never_answered 6:0.15
b:never_arrived 0:-0.21 5:-0.3 6:0.24
b:never_asked 1:0.24 6:-0.11 12:0.15
b:never_been 1:-0.1 3:0.16 6:-0.12 10:0.21
b:never_came 0:-0.47 5:0.57 6:0.15 12:-0.14
b:never_did 6:0.18
b:never_driven 1:-0.12
b:never_felt 0:-0.14 2:-0.22 3:-0.11 5:0.41
b:never_get 0:0.13
b:never_go 2:-0.14
b:never_got 0:-0.11 6:0.21
b:never_had 0:0.1 1:-0.15 2:-0.1 3:-0.11 5:0.23 13:0.13
b:never_happens 0:0.13
b:never_have 0:0.14 1:-0.14 2:0.29 5:0.17
b:never_hear 5:-0.16
b:never_heard 1:0.12 5:-0.17
b:never_know 5:0.15 6:-0.14
b:never_looked 3:-0.16
b:never_made 2:-0.11
b:never_make 1:0.12 4:0.12 6:-0.11 8:0.1
b:never_once 0:-0.42 1:0.19 6:-0.27 13:0.22
b:never_picks 0:0.23
b:never_reached 6:0.14
b:never_received 5:0.14 6:0.13
b:never_returned 4:-0.16 6:0.13
b:never_rings 6:0.12
b:never_rush 1:0.13
b:never_rushed 1:0.26 2:0.15
b:never_see 3:-0.37
b:never_seen 1:0.23
b:never_spoken 0:-0.11 1:-0.13
b:never_taught 6:-0.42
b:never_tells 2:0.2 6:0.12
b:never_told 6:0.16
b:new_and 0:0.15 2:0.28 4:0.28 5:0.58 12:0.12
b:new_app 0:0.19 6:-0.28
b:new_audio 5:0.46
b:new_bakery 3:0.12
b:new_battery 2:-0.28 5:-0.19
b:new_bin 2:0.19 6:-0.15
b:new_booking 0:-0.11 5:-0.36 13:0.1
b:new_box 0:-0.17 5:0.17
b:new_brakes 4:-0.16
b:new_callback 5:-0.16
b:new_car 5:-0.2 6:0.21
b:new_coffee 5:0.46
b:new_contractor 0:-0.1
b:new_crm 6:0.13
b:new_customers 5:-0.12 6:-0.17
b:new_dentist 0:-0.13 5:0.21 12:-0.1
b:new_exactly 5:-0.25
b:new_fees 5:-0.13
b:new_glasses 2:-0.1 5:0.23
b:new_handset 2:0.39 9:0.12
b:new_head 1:0.37 5:-0.12 6:0.23
b:new_headsets 5:-0.12 6:0.53 13:0.12
b:new_housekeeping 3:0.18
b:new_lad 2:0.3
b:new_locks 1:0.12
b:new_loyalty 2:0.15 4:0.17 6:-0.11
b:new_manager 0:-0.11
b:new_menu 1:0.19 4:0.38
b:new_one 0:-0.28 1:0.1 5:-0.14 6:0.1
b:new_ones 1:-0.16 4:-0.18 5:0.17
b:new_online 0:0.2
b:new_ordering 6:0.17
b:new_owner 5:0.25
b:new_owners 5:-0.18
b:new_payroll 6:-0.15
b:new_phone 1:-0.33 2:0.11 4:-0.15 5:-0.3 6:-0.16
b:new_place 6:-0.19
b:new_price 4:-0.18
b:new_rye 5:0.3
b:new_screen 5:-0.22 6:0.22
b:new_self 5:-0.14 6:0.14
b:new_signs 5:0.14
b:new_spin 5:0.33
b:new_starters 1:-0.15 2:0.22 5:-0.21 9:-0.1
b:new_store 0:-0.28 6:-0.13
b:new_supplier 0:-0.11 1:-0.16
b:new_tablets 6:0.25
b:new_tariff 1:0.1 2:-0.13 5:-0.1
b:new_text 6:0.11
b:new_timetable 0:0.12
b:new_uniforms 5:-0.11
b:new_varifocals 5:0.13
b:new_vet 2:0.27
b:new_what 5:-0.12
b:newsletter_is 5:-0.14 6:0.23
b:next_day 0:-0.32 1:-0.14 4:-0.49 5:-0.3 6:-0.31 7:-0.47
b:next_door 0:-0.12 1:-0.4 5:0.46
b:next_month 0:-0.11
b:next_morning 0:0.65 1:-0.15 2:-0.27 3:0.28 6:0.27 7:0.38 13:0.18
b:next_one 0:0.11 1:0.1 5:-0.2
b:next_time 1:-0.18 2:0.14 5:-0.1 6:0.11
b:next_to 0:-0.17 1:0.2 5:-0.18
b:next_train 5:0.12
b:next_week 0:0.11 2:0.13 6:0.42 10:-0.11 12:0.13
b:next_weeks 5:-0.22
b:next_year 2:-0.14 4:-0.12
b:ngl_the 8:0.2
b:nhs_dental 0:0.21
b:nice_clean 5:0.36
b:nice_enough 5:-0.18
b:nice_for 1:-0.11 3:-0.13 5:0.12 6:0.19
b:nice_if 10:-0.11
b:nice_of 1:-0.31 3:0.3 6:0.4 12:-0.18
b:nice_one 1:-0.14
b:nice_place 5:-0.15
b:nice_shop 4:0.11
b:nice_to 0:-0.11 1:0.18 4:0.12
b:nice_touch 0:-0.29 3:-0.1 4:0.2 5:-0.33 8:0.13 11:0.12
b:nice_work 0:-0.2 5:-0.48
b:nicked_my 1:-0.11 5:0.37 6:0.2
b:night_and 5:-0.22
b:night_before 0:-0.1 1:0.15 4:-0.13 6:0.14
b:night_for 0:0.13 6:-0.15
b:night_i 5:0.16 6:-0.14
b:night_manager 4:0.2 11:0.1
b:night_on 6:0.22
b:night_out 0:-0.23 5:-0.11
b:night_porter 0:-0.17
b:night_shift 0:0.25 1:-0.1
b:night_team 1:0.12
b:nightmare_but 0:0.19
b:nightmare_to 0:-0.17
b:nights_and 5:-0.14
b:nights_for 0:0.23 5:0.14 6:-0.1
b:nine_days 0:-0.29 1:0.11 2:0.11 5:-0.15
b:nine_for 5:0.18 12:0.11
b:nine_hours 4:0.12 5:0.14
b:ninety_minutes 1:-0.23
b:no_1 2:0.17 5:0.18
b:no_acknowledgement 5:-0.15 6:0.12
b:no_advisories 6:-0.1
b:no_and 1:-0.22 2:0.13 5:-0.11
b:no_answer 0:0.35 5:0.18
b:no_apology 4:-0.14
b:no_bother 5:-0.1
b:no_call 0:0.48 6:0.14
b:no_change 5:-0.31
b:no_charge 1:0.15
b:no_chips 12:0.42
b:no_claims 0:-0.1 4:0.43 6:-0.21
b:no_clear 5:0.13
b:no_complaints 0:-0.18 2:-0.15 3:0.38 5:-0.34 6:-0.15 7:0.17 10:0.13 13:0.1
b:no_decision 0:0.19
b:no_email 0:-0.13 5:0.23 6:0.12
b:no_explanation 0:0.11 5:-0.24 6:0.18
b:no_extra 0:-0.1 4:0.1 5:-0.18
b:no_fee 4:0.13 6:0.16
b:no_for 1:0.2
b:no_fuss 6:0.41 7:0.1 8:0.17 13:0.2
b:no_hard 1:0.15
b:no_idea 0:0.18 2:-0.25 5:0.11 6:0.11 9:-0.11
b:no_longer 0:-0.11
b:no_mess 1:-0.13
b:no_more 0:0.22 1:-0.11 2:0.31 6:-0.12
b:no_nonsense 5:-0.16
b:no_notice 4:0.12
b:no_one 0:0.25 2:-0.39 4:-0.26 5:-0.53 6:0.74 8:-0.15 13:-0.2
b:no_pressure 1:0.17 5:-0.1 6:0.22
b:no_problem 1:-0.29
b:no_questions 5:0.13 6:0.14
b:no_queue 0:0.13 1:0.17 5:-0.19 6:-0.11 7:0.22
b:no_quibble 1:-0.11 5:0.14
b:no_quibbles 0:0.2 6:0.13 13:0.11
b:no_reason 5:-0.21 6:-0.1
b:no_record 0:0.1 5:-0.18
b:no_show 0:0.28
b:no_signal 5:-0.16
b:no_smells 1:-0.13 3:0.41 10:0.14
b:no_soap 3:0.11
b:no_specific 0:-0.11
b:no_strong 4:-0.11
b:no_surprises 1:-0.19 2:-0.11 4:-0.24 5:-0.26 6:-0.2 11:0.12
b:no_text 0:0.73 6:0.3 13:-0.11
b:no_time 0:0.24 2:0.13
b:no_training 6:-0.12
b:no_upsell 1:0.27 4:-0.24 5:-0.14
b:no_views 6:-0.12
b:no_warning 5:0.23 6:0.11
b:no_way 5:0.27 12:-0.11
b:no_word 5:0.14
b:nobody_answered 6:0.14
b:nobody_answers 5:0.11
b:nobody_apologised 1:0.35 6:0.11
b:nobody_at 1:0.1 2:0.29 6:-0.31 9:-0.14
b:nobody_called 0:0.12
b:nobody_came 2:0.11 4:-0.28 5:0.21
b:nobody_can 1:0.19 2:-0.18
b:nobody_cared 1:0.28 5:0.36 6:-0.15 12:0.17
b:nobody_could 1:0.15 2:-0.13
b:nobody_else 6:-0.22
b:nobody_emailed 5:0.25
b:nobody_ever 0:-0.15 3:-0.15 4:-0.28 5:-0.17 6:0.18
b:nobody_explain 0:-0.24
b:nobody_explained 0:0.3 4:0.14 6:0.11
b:nobody_felt 0:0.22 5:0.15
b:nobody_from 0:0.2 6:-0.15
b:nobody_had 2:0.23 4:0.14 5:0.3 6:0.18
b:nobody_has 0:-0.22 1:-0.16 6:0.1
b:nobody_in 5:-0.15 6:-0.14
b:nobody_knows 2:-0.34
b:nobody_mentioned 4:0.25 5:0.15 6:0.21 11:-0.13
b:nobody_new 2:0.26
b:nobody_on 2:0.15
b:nobody_raised 1:-0.12 4:-0.11 5:0.17 6:-0.11
b:nobody_rang 0:-0.11 2:0.1 5:0.26 6:0.15
b:nobody_replied 0:0.18 3:0.1 5:0.16
b:nobody_reported 2:-0.11
b:nobody_rude 1:-0.14
b:nobody_said 5:0.29 12:0.13
b:nobody_seemed 2:0.17 6:-0.28
b:nobody_tells 0:0.25 2:-0.11 4:-0.14 6:0.16
b:nobody_told 0:0.17 4:0.12 5:-0.27 6:0.47
b:nobody_trusted 2:0.2
b:nobody_was 0:-0.15 1:-0.72 3:-0.11 5:-0.33 6:-0.19
b:nobody_went 1:-0.29
b:nobodys_been 5:0.1
b:noise_from 2:0.35 6:0.12 12:0.22
b:non_refundable 0:-0.14
b:none_of 1:-0.16 2:0.29 5:0.12
b:not_a 0:-0.47 2:0.15 3:0.24 4:-0.19 5:-0.37 9:0.12 10:0.29 12:0.12
b:not_at 4:-0.11 5:-0.1
b:not_bad 5:-0.24 7:0.18
b:not_being 1:0.2
b:not_cheap 0:0.36 3:-0.23 4:0.47 5:0.18 11:-0.29 12:0.38
b:not_collected 5:0.37 12:-0.16
b:not_complaining 11:0.15
b:not_discussed 1:0.13 4:-0.17
b:not_exactly 1:0.18 5:-0.21 6:-0.32
b:not_expect 1:-0.17 5:0.23
b:not_fixed 5:-0.23 7:-0.15
b:not_fussed 4:-0.16 12:-0.17
b:not_get 5:-0.16 7:-0.1
b:not_going 0:-0.15
b:not_good 3:0.12 5:0.22
b:not_great 0:0.12 5:-0.11
b:not_happy 0:0.21 1:-0.16 4:0.31 5:-0.2 6:0.14 7:-0.17 11:-0.13
b:not_ideal 5:-0.13
b:not_impressed 4:-0.16 5:-0.25
b:not_in 0:-0.19 1:0.11 5:0.13 6:0.17 8:-0.21
b:not_know 5:0.18
b:not_knowing 2:-0.16
b:not_mentioned 0:0.2
b:not_much 3:-0.16
b:not_my 0:-0.11
b:not_on 1:0.25
b:not_once 0:0.15 2:-0.15 5:-0.24 6:0.11 7:0.38 8:0.2
b:not_one 0:-0.33 2:0.16 3:-0.13 5:0.57 6:-0.44
b:not_quick 0:0.33 1:0.11
b:not_raised 6:0.11
b:not_replaced 0:0.11
b:not_say 5:-0.12
b:not_saying 0:-0.12 2:-0.14 5:-0.14
b:not_so 12:-0.12 13:0.11
b:not_sure 4:-0.13 6:-0.13 9:-0.12
b:not_tell 5:0.14
b:not_the 1:0.2 3:0.17 4:0.32 6:-0.11 11:-0.16 12:0.33
b:not_to 0:0.29 1:0.25 2:-0.15 4:0.18 6:0.4 8:-0.1 9:0.19 11:0.13
b:not_understand 0:-0.23 1:-0.1 4:0.12 6:0.25 13:-0.21
b:not_unfriendly 5:-0.1
b:not_unhelpful 1:0.28 2:0.2
b:not_very 0:-0.1
b:not_what 0:0.14 4:-0.24 5:-0.35 11:-0.12
b:not_wiped 5:-0.16
b:not_work 4:-0.23
b:not_working 2:-0.19 5:0.2
b:not_worth 1:-0.11 4:0.12 5:0.12
b:note_on 5:-0.14 13:0.11
b:note_was 5:0.11
b:notes_from 0:0.15 6:0.31
b:notes_on 6:0.2
b:nothing_about 1:0.14 2:0.17 5:-0.12 9:-0.11
b:nothing_at 0:0.21
b:nothing_back 4:-0.15 5:0.17
b:nothing_broken 1:0.44 5:0.14
b:nothing_else 1:0.14 2:0.13 4:0.11 5:0.1
b:nothing_for 0:-0.1 2:0.13 4:-0.16
b:nothing_in 0:0.21
b:nothing_like 4:0.19
b:nothing_on 4:0.17 5:0.12 6:0.12
b:nothing_says 4:-0.1
b:nothing_since 0:-0.14
b:nothing_special 5:-0.41
b:nothing_specific 5:-0.24
b:nothing_they 6:-0.12
b:nothing_to 0:-0.18 1:-0.26 4:-0.17 5:-0.44 6:-0.34 13:0.1
b:nothing_wrong 2:0.14
b:notice_and 0:0.11
b:noticed_a 1:0.25 2:-0.16 4:0.23 5:-0.16
b:noticed_because 0:-0.28
b:noticed_my 2:-0.11
b:noticed_when 2:0.18 5:-0.1
b:noting_that 4:-0.11
b:now_! 3:-0.42
b:now_a 2:0.11 9:-0.16
b:now_and 5:0.2 6:-0.19
b:now_been 4:-0.16 6:-0.1
b:now_have 2:0.14 5:-0.1
b:now_its 5:0.28 6:0.3
b:now_on 1:0.1
b:now_stretch 8:-0.11
b:now_text 13:0.11
b:now_the 0:-0.1 13:-0.1
b:now_three 7:-0.13
b:nowhere_to 1:0.16
b:number_at 1:0.11 2:-0.12
b:number_of 0:-0.19
b:number_on 5:0.12
b:numbers_and 5:-0.21 6:0.13
b:nurse_at 6:-0.22 8:0.16
b:nurse_practitioner 5:-0.12 6:0.32
b:nurse_rang 1:-0.11 6:0.2
b:nurse_sat 1:0.18 6:-0.11
b:nurse_was 5:-0.21
b:nurse_who 0:0.13
b:nurserys_daily 5:-0.1 6:0.13
b:nurses_are 1:0.16
b:oat_milk 5:0.27 6:-0.12
b:occasion_i 0:0.11
b:october_and 0:0.55 7:-0.12
b:of_10 4:0.13
b:of_40 5:-0.11
b:of_a 0:0.67 1:0.31 2:-0.23 4:-0.33 5:-0.32 6:-0.21 8:-0.19 12:0.12 13:-0.12
b:of_about 3:-0.17
b:of_an 0:-0.2 6:0.14
b:of_apology 1:0.15 6:0.13
b:of_attorney 6:-0.13
b:of_being 0:-0.18 2:0.18 9:0.14
b:of_bleach 10:-0.12
b:of_charge 3:-0.4 4:0.14
b:of_children 5:0.13
b:of_cleaning 2:0.27
b:of_complaints 0:0.33 5:0.24
b:of_compliments 1:0.17
b:of_course 5:0.22
b:of_customers 0:-0.17 5:0.37
b:of_damp 3:0.26 5:-0.21 10:-0.11 13:0.11
b:of_date 2:0.2 5:-0.36 13:-0.12
b:of_delivery 5:-0.11 6:0.27
b:of_dust 3:0.12 5:-0.18
b:of_engineering 4:0.13 5:0.24
b:of_every 0:0.12 5:0.34 6:0.16
b:of_everything 5:-0.17
b:of_fags 5:-0.13
b:of_forty 2:0.15
b:of_fresh 1:0.34 5:-0.2
b:of_getting 5:0.1
b:of_hair 5:-0.12
b:of_health 1:-0.11
b:of_her 1:0.28 3:0.12 5:-0.21 8:-0.11
b:of_his 1:0.14 2:0.2 5:-0.13 6:-0.16
b:of_hours 5:-0.16 6:0.24
b:of_house 1:0.15 3:-0.15
b:of_how 4:-0.1
b:of_it 1:0.13 5:0.14
b:of_jargon 5:-0.24
b:of_lager 5:-0.15
b:of_living 4:-0.29
b:of_me 1:0.11 5:-0.14 8:-0.12 9:-0.15
b:of_members 4:-0.1 5:0.22
b:of_minutes 6:-0.15
b:of_money 0:0.15 4:0.3 5:0.1 11:-0.12
b:of_my 0:0.2 1:-0.19 2:-0.15 3:-0.33 5:-0.37 6:0.46
b:of_neutering 0:0.27
b:of_old 3:0.27 5:-0.21
b:of_older 5:0.15
b:of_one 2:0.16 5:-0.18
b:of_order 2:-0.1 3:0.14 5:0.19 6:-0.18
b:of_our 0:0.17 1:0.32 2:-0.15 3:-0.17 4:0.3 5:-0.32 6:-0.11
b:of_over 1:-0.12 2:0.23
b:of_parcels 4:0.17
b:of_patients 6:0.15
b:of_people 2:-0.11 5:0.13 6:0.14
b:of_plasterboard 1:-0.18 3:0.34
b:of_printing 4:0.15
b:of_progress 1:0.27 6:0.1
b:of_questions 2:-0.14
b:of_reading 1:-0.16 2:-0.19
b:of_regulars 1:0.14
b:of_seven 5:0.18
b:of_smoke 3:-0.12 5:0.13
b:of_someone 3:0.16 5:0.18
b:of_staff 0:-0.16 8:-0.13
b:of_standing 6:0.22
b:of_stock 12:-0.1
b:of_tea 5:-0.11
b:of_ten 2:0.16 4:-0.12
b:of_that 5:-0.19 6:0.23
b:of_the 0:-0.25 1:-0.21 4:-0.33 5:0.11 6:-0.28 10:0.13 12:0.17 13:0.19
b:of_their 1:-0.46 2:0.17 6:-0.13
b:of_them 0:-0.1 1:0.32 2:-0.11 4:0.14 6:0.43 12:-0.11
b:of_this 6:0.1
b:of_three 6:-0.11
b:of_time 1:-0.1
b:of_upgrading 1:-0.2 2:0.2 5:-0.13
b:of_us 0:0.34 1:-0.28 3:-0.31 6:-0.38 9:-0.12 12:-0.1
b:of_vivaldi 0:0.16
b:of_waiting 6:-0.25
b:of_water 0:0.1 5:-0.28
b:of_wee 3:0.11
b:of_wet 5:-0.11
b:of_what 4:-0.16
b:of_wine 4:0.14
b:of_you 0:0.13 12:0.11
b:of_your 1:0.13 6:-0.14
b:of_£ 0:0.44 2:-0.12 3:-0.21 4:0.13 5:0.24 6:-0.17 7:-0.12
b:off_about 1:0.2 6:-0.13
b:off_after 5:-0.13 6:0.21
b:off_and 0:-0.2 1:-0.17 2:0.24 5:-0.18 9:-0.11
b:off_at 0:0.45 1:-0.13 5:-0.45
b:off_because 5:-0.32 8:0.11
b:off_by 5:0.29
b:off_chance 0:-0.1 5:0.11
b:off_every 1:-0.2 2:0.2 5:-0.23
b:off_for 0:-0.56 4:0.45 11:0.19
b:off_in 0:-0.23 5:0.24
b:off_it 0:-0.12 2:0.16 8:0.13 12:0.11
b:off_licence 1:0.21
b:off_mid 4:-0.2 5:-0.11
b:off_my 1:0.14 4:-0.28 5:-0.13
b:off_on 1:0.27 4:0.38
b:off_the 2:0.13 5:0.58 6:-0.16 10:0.2 11:0.18 12:-0.26
b:off_their 8:0.11
b:off_when 1:0.24
b:off_without 6:-0.17
b:off_work 0:0.19
b:offered_me 6:0.13
b:offered_to 1:0.11 2:-0.14 3:-0.13
b:offered_£ 0:-0.22 4:-0.31 5:0.19 6:0.18
b:office_and 5:-0.11
b:office_changed 6:-0.18
b:office_every 4:-0.12
b:office_guy 2:-0.12
b:office_have 0:-0.19 1:0.18
b:office_is 4:-0.13 5:-0.28
b:office_manager 1:0.17 4:-0.11 6:0.11
b:office_never 0:0.15 6:0.26
b:office_sorted 0:0.28 2:0.22 5:0.16
b:office_told 6:-0.19
b:office_was 0:0.23 2:0.16 5:-0.29
b:officer_actually 1:-0.11
b:officer_was 0:0.24 6:-0.12
b:officer_who 1:0.12
b:often_say 3:0.14 5:0.12
b:often_tell 1:0.2 6:-0.14
b:often_that 5:0.11
b:oh_brilliant 0:0.31 1:-0.2 5:-0.25 6:-0.31 11:-0.16 12:-0.12
b:oh_fantastic 6:-0.15
b:oh_good 3:-0.11
b:oh_sure 0:-0.11
b:oh_wait 5:-0.13 6:0.25
b:oh_yes 2:-0.13 6:0.19
b:ok_but 11:-0.1 12:-0.22
b:ok_for 2:0.2 3:-0.12 5:0.14
b:ok_so 4:0.13
b:old_address 5:0.28
b:old_bank 5:-0.23
b:old_chip 10:-0.17
b:old_dog 1:0.23
b:old_mum 1:0.28 5:-0.17 6:0.16
b:old_one 4:0.23 5:0.38 6:0.11 12:0.24
b:old_part 5:0.13
b:old_recipe 5:0.3 12:-0.1
b:old_sofa 3:0.12 5:-0.22
b:older_customers 1:0.23 2:-0.18 13:-0.18
b:older_drivers 5:0.14 6:0.19
b:older_group 2:0.18 6:-0.19
b:older_members 1:0.19 2:-0.17 8:0.13
b:older_participants 0:0.22 2:-0.16 6:0.13
b:older_staff 2:0.23
b:omg_the 1:-0.16 5:0.34
b:on_12 0:0.18 4:-0.27
b:on_14 0:0.13 1:0.13
b:on_2 0:0.19
b:on_3 0:0.12 2:0.2
b:on_a 0:0.42 1:0.2 2:-0.51 3:0.16 5:0.54 7:-0.19 10:0.16 11:-0.16
b:on_again 6:0.28
b:on_almost 2:0.11 4:-0.14 6:-0.14
b:on_and 0:-0.12 1:-0.18 2:0.23 4:-0.24 5:0.52 6:0.12
b:on_any 2:-0.16
b:on_at 5:0.1
b:on_cost 4:-0.15
b:on_day 1:0.11 2:0.17 4:-0.11
b:on_each 0:0.11
b:on_elm 0:0.12
b:on_every 0:0.13 4:-0.1 6:-0.17
b:on_first 0:0.13 5:-0.12
b:on_fleek 5:0.5
b:on_for 2:-0.23 4:0.2 5:-0.14
b:on_fridays 1:-0.12
b:on_her 6:0.12
b:on_his 0:0.2 1:0.55 2:-0.1 4:0.17 8:-0.2 10:-0.13 13:-0.24
b:on_hold 0:0.89 2:-0.16 5:-0.13 6:-0.68 7:-0.25
b:on_how 0:-0.1 1:0.46 5:-0.12
b:on_it 2:-0.15 3:0.34 4:-0.3 5:0.48 12:-0.14
b:on_its 12:0.12
b:on_me 0:0.33 6:0.22 13:-0.15
b:on_monday 0:0.46 5:-0.35
b:on_my 1:-0.22 2:-0.65 3:-0.12 4:0.14 5:0.49 12:0.33
b:on_nights 0:0.14 6:-0.13
b:on_one 4:0.29 5:0.15
b:on_our 0:-0.19 2:-0.11 4:-0.45 5:0.41 6:-0.22
b:on_pension 2:-0.11
b:on_plastic 5:0.13
b:on_price 0:-0.1 1:-0.15 4:-0.11
b:on_reception 1:0.25 2:-0.2
b:on_results 6:-0.15
b:on_saturday 0:0.14 1:0.13 6:-0.19
b:on_saturdays 5:0.24 6:0.19 7:-0.11
b:on_shift 3:0.14
b:on_staff 1:-0.13
b:on_sundays 0:-0.2
b:on_that 3:0.44 10:0.21
b:on_the 1:0.11 2:0.26 3:-0.32 4:0.22 5:-0.86 6:0.66 7:0.35 9:-0.3
b:on_their 2:0.24 4:-0.18
b:on_them 0:-0.21
b:on_three 0:-0.11 2:-0.23 6:0.17 12:-0.13
b:on_thursday 5:-0.18 7:-0.22
b:on_time 0:0.84 1:-0.13 2:-0.2 3:0.15 4:0.12 5:0.49 6:0.34 7:0.46 12:0.12
b:on_to 0:-0.12
b:on_top 1:-0.31 3:0.38 4:0.12 5:-0.31 6:0.32 11:-0.12
b:on_tuesday 0:-0.19
b:on_two 0:-0.19 2:0.11 4:0.11 5:-0.12
b:on_us 0:-0.24 2:0.23 5:-0.24 6:0.31
b:on_ward 0:-0.21
b:on_wednesdays 1:-0.23
b:on_what 5:-0.12
b:on_when 5:0.12
b:on_whether 0:-0.19 2:0.14 5:-0.11
b:on_who 2:0.16 6:-0.12 9:0.13
b:on_with 1:0.19
b:once_a 2:0.22 3:0.23 5:-0.1 10:-0.12
b:once_and 0:-0.13
b:once_been 0:-0.14 6:0.14
b:once_did 1:0.12 4:-0.14 5:-0.14
b:once_had 0:0.29 6:0.1 13:0.13
b:once_has 0:0.11 7:0.14 8:0.15
b:once_hed 6:0.18
b:once_i 0:-0.22 4:-0.12 6:-0.2
b:once_in 1:0.2 2:-0.11 4:0.2 7:0.11 12:0.12
b:once_looked 1:0.13
b:once_made 0:-0.46 1:0.11 2:0.13
b:once_rushed 0:-0.2 5:-0.14
b:once_seen 5:0.12
b:once_the 0:0.11 2:-0.11
b:one_? 5:-0.16
b:one_and 0:-0.25 5:0.18
b:one_asked 1:-0.13
b:one_at 0:-0.16 2:0.11 5:0.19 6:0.25 11:0.13
b:one_away 1:0.12 4:0.15 5:0.12 12:0.11
b:one_because 4:-0.11 6:0.18
b:one_bit 1:0.12 3:-0.14 5:-0.11
b:one_call 1:0.12 6:-0.12
b:one_called 5:-0.12 6:0.14
b:one_came 1:0.2
b:one_corner 5:0.19
b:one_could 0:0.14 2:-0.22 4:-0.11 6:0.2
b:one_day 0:-0.32 5:0.11 6:-0.2
b:one_described 0:-0.14 6:0.12
b:one_for 5:-0.1
b:one_found 0:0.14 2:0.24 5:-0.28 9:0.15
b:one_hour 0:-0.11 4:-0.12 6:0.39 13:0.18
b:one_id 4:-0.13
b:one_in 5:-0.33
b:one_lady 0:-0.22 2:0.16 9:-0.11
b:one_leg 12:-0.2
b:one_line 5:-0.12
b:one_look 0:-0.18 5:0.14
b:one_man 1:-0.18 2:-0.15 9:0.11
b:one_might 10:-0.13
b:one_morning 6:-0.1
b:one_noting 1:-0.16 5:-0.27
b:one_of 1:0.2 4:0.13 5:0.41 6:-0.35
b:one_page 2:-0.13 6:0.2
b:one_participant 0:0.26 1:0.11 3:0.13 4:0.12 5:0.12 7:-0.11 8:0.15
b:one_participants 0:0.19
b:one_person 1:0.35 7:-0.1
b:one_pharmacist 2:-0.1
b:one_phone 0:0.1 6:0.17
b:one_piece 5:-0.25
b:one_praised 5:0.11
b:one_said 1:-0.15 2:-0.14 4:-0.24 5:-0.26 7:0.13 11:0.11
b:one_session 2:0.37
b:one_side 4:0.33
b:one_staffed 5:-0.13 6:0.24
b:one_that 5:-0.17 9:0.1
b:one_there 5:-0.15
b:one_thing 0:0.15 4:0.12 6:-0.22
b:one_to 6:0.11
b:one_told 0:0.31 2:-0.14
b:one_was 2:0.12
b:one_wash 5:0.45
b:one_who 1:-0.18 4:-0.13 6:0.19
b:one_without 0:0.16
b:one_woman 0:0.15
b:ones_are 0:-0.16 5:0.18
b:ones_were 1:0.15 2:0.32
b:ones_who 1:0.27 4:-0.24 5:-0.14
b:online_account 5:0.19
b:online_and 2:0.16 4:0.17 5:0.35 7:0.11 11:-0.11
b:online_booking 0:0.23 4:-0.15 5:-0.19 6:0.11
b:online_for 5:0.22
b:online_shop 4:0.13
b:only_3 7:-0.11
b:only_a 4:0.14 5:-0.11
b:only_briefly 2:0.22
b:only_came 0:-0.13
b:only_charged 2:0.13 11:0.22
b:only_complaint 0:0.11
b:only_ever 4:0.15
b:only_found 2:-0.2 4:0.14 5:0.25 6:-0.11
b:only_gripe 1:0.12 3:0.25 4:0.19 5:0.27
b:only_grumble 1:0.14 4:0.1
b:only_if 4:0.15
b:only_in 0:-0.11
b:only_issue 3:0.14 5:0.11 6:0.23
b:only_needed 1:0.12 6:0.12
b:only_noticed 5:-0.17 9:-0.12
b:only_one 3:0.17 11:0.12
b:only_ones 2:0.11 4:-0.23
b:only_reason 4:0.22 5:-0.11 11:0.15
b:only_sour 5:0.11
b:only_the 4:0.23 5:0.17
b:only_thing 0:0.19 1:0.15
b:only_to 0:-0.17 2:-0.11
b:only_took 0:0.14 4:0.14 5:-0.4 7:-0.18
b:only_two 0:0.29
b:only_way 6:0.23
b:only_£ 5:0.14 11:-0.25
b:onto_the 5:-0.2
b:open_on 5:-0.12
b:opened_the 6:0.21
b:opening_hours 0:-0.48 3:-0.26 5:-0.36 6:-0.21
b:opinion_and 5:-0.13
b:opinion_said 2:0.15 4:-0.15
b:opinions_on 8:-0.14
b:opinions_were 0:-0.15
b:optician_explained 2:0.19 5:-0.12
b:optician_for 0:0.11
b:optician_knew 4:-0.1
b:optician_said 6:-0.2 9:-0.1
b:option_and 5:0.19
b:options_and 6:0.16
b:options_clearly 4:-0.11
b:or_anything 1:-0.27
b:or_four 0:0.12 5:0.11 6:-0.1
b:or_madam 5:0.16
b:or_more 2:0.2
b:or_not 1:-0.11 4:-0.12 10:-0.11
b:or_three 4:0.12 6:-0.12
b:order_again 5:0.22
b:order_and 0:0.25 1:0.1 3:0.18 5:0.13
b:order_at 5:-0.13
b:order_for 5:-0.24 6:0.13
b:order_from 7:0.19 8:-0.11
b:order_said 0:0.31 7:-0.13
b:order_sign 5:0.14
b:order_since 0:0.23 3:-0.11
b:order_status 0:-0.15
b:order_was 1:0.18 5:-0.12 6:-0.17
b:order_wrong 4:0.28 5:0.3
b:ordered_a 0:0.21 1:-0.12 2:-0.15 5:0.14 6:0.13
b:ordered_at 0:0.15
b:ordered_it 7:-0.18
b:ordered_the 0:0.15 1:0.14 3:-0.35
b:ordering_and 1:-0.17 12:0.11
b:ordering_system 6:0.17
b:organised_and 2:-0.16
b:other_garages 5:-0.21
b:other_hand 0:0.16 1:0.15 3:0.11
b:other_one 0:0.3 2:0.12
b:other_peoples 1:-0.32 3:0.35 6:0.13
b:other_places 3:-0.23 5:0.13
b:other_two 5:0.23 11:-0.11
b:others_in 1:-0.14
b:others_nodded 2:0.15 6:-0.17 9:0.11
b:our_alarm 2:-0.12
b:our_anniversary 0:0.14
b:our_boiler 5:-0.13
b:our_branch 0:-0.12 6:-0.1
b:our_cat 1:-0.17
b:our_claims 0:-0.16
b:our_contact 5:0.22
b:our_customers 5:0.14
b:our_deposit 3:-0.15 7:0.17
b:our_depot 3:-0.29 5:0.4
b:our_dispensary 5:-0.32
b:our_dog 5:-0.23
b:our_dogs 5:0.4
b:our_drinks 8:-0.12
b:our_estate 0:0.18 2:-0.29
b:our_fees 11:-0.15
b:our_flight 6:0.21
b:our_floor 0:0.17
b:our_front 3:0.37 5:-0.26
b:our_home 5:-0.12 6:0.14
b:our_house 1:-0.14 5:-0.11
b:our_manager 1:-0.11
b:our_new 2:0.4 6:0.34 9:0.12
b:our_old 1:0.24 2:-0.13 5:-0.22
b:our_older 1:0.26 2:-0.16
b:our_order 5:-0.18
b:our_package 0:-0.18 5:0.12
b:our_prices 11:0.13
b:our_regulars 4:0.32 5:-0.11
b:our_road 0:0.43 5:0.2 6:-0.14 7:-0.12 12:0.12
b:our_room 1:-0.16 5:0.47
b:our_shift 6:-0.15
b:our_street 0:-0.17 5:0.12 12:-0.17
b:our_swimming 6:0.13
b:our_table 10:-0.17
b:our_team 6:-0.18
b:our_vet 0:-0.1
b:our_vets 1:0.11
b:our_village 0:0.1
b:our_waiter 5:0.35
b:our_wedding 0:-0.29 1:0.14 5:0.21
b:out_2 1:0.11 4:0.21 5:-0.16
b:out_4 0:-0.21 5:0.27
b:out_a 1:-0.16 6:0.16
b:out_about 4:0.17 5:-0.1 6:0.12
b:out_and 0:0.23 1:-0.31 2:0.16 4:0.3 5:0.34 8:-0.12 11:0.19
b:out_at 1:0.14 5:-0.12 6:-0.15
b:out_brassy 2:-0.12 5:0.1
b:out_by 5:0.27
b:out_constantly 3:-0.15 5:0.13
b:out_every 0:0.12 5:0.12 6:-0.34
b:out_exactly 1:-0.11 2:0.34 5:0.16
b:out_for 2:0.21 3:0.16 5:0.43 6:0.11
b:out_from 0:0.12 6:-0.16
b:out_how 4:-0.1 6:0.28
b:out_in 0:0.12 1:0.12 2:-0.21 4:-0.41 5:-0.14 6:0.11 7:0.31
b:out_late 5:-0.11
b:out_looking 5:0.28
b:out_my 0:-0.31 5:-0.12 6:0.28 13:-0.13
b:out_not 1:-0.11 6:0.23
b:out_of 0:-0.1 1:0.25 2:0.28 4:-0.16 5:0.29 7:-0.15 9:-0.16 12:-0.2
b:out_on 3:-0.26 4:0.24 5:-0.22
b:out_onto 5:-0.12
b:out_perfect 0:-0.12 2:0.19 5:0.12 6:-0.13
b:out_that 11:-0.17
b:out_the 0:0.56 1:-0.15 2:0.12 4:-0.36 5:0.18
b:out_there 5:0.24
b:out_they 4:0.12
b:out_to 1:0.58 2:0.29 4:0.12 8:0.13
b:out_two 0:-0.15
b:out_until 5:0.13
b:out_what 1:0.13
b:out_when 0:-0.16 5:-0.22 11:-0.11
b:out_which 1:0.13 3:0.23 5:0.2
b:out_with 2:-0.26 3:-0.11 5:-0.22
b:out_within 0:-0.25
b:out_£ 5:-0.2
b:outcome_of 1:-0.13 6:-0.16
b:outside_for 0:-0.11
b:outside_in 5:0.35
b:outside_my 0:0.31
b:outside_rome 5:0.16
b:over_60 1:-0.23
b:over_a 0:0.35 5:0.13
b:over_again 0:0.29
b:over_an 1:-0.11 2:0.32 5:0.29
b:over_and 5:0.14 6:0.19
b:over_easter 0:-0.19
b:over_every 5:-0.14
b:over_in 0:-0.44
b:over_me 13:-0.11
b:over_my 3:-0.28 5:0.53 6:0.12
b:over_the 3:0.59 4:0.15 5:-0.16 9:0.22 10:-0.23 11:0.11
b:over_two 6:0.36
b:over_£ 0:0.11 4:0.13 6:-0.14
b:overall_a 1:-0.25
b:overall_the 8:-0.14
b:overdraft_fees 4:0.12
b:overflowing_and 5:0.24
b:overflowing_bins 5:0.28
b:overflowing_by 5:0.11
b:overpriced_and 4:0.18
b:overpriced_for 4:0.12 5:-0.14
b:overstaying_by 4:0.18
b:overwhelmingly_negative 0:0.15
b:ovr_an 0:0.45
b:own_brand 4:0.16 5:0.31
b:own_gp 1:-0.12 5:0.24
b:own_stuff 1:-0.26
b:owner_has 10:0.17
b:owners_always 1:0.1
b:owners_were 2:0.23
b:p_3 5:0.13 6:-0.19
b:p_4 1:-0.12 5:0.17
b:p_6 0:-0.12 5:0.13
b:p_8 2:0.2 6:-0.17
b:p_9 5:0.13
b:p_a 4:0.21 11:-0.11 12:-0.14
b:packaging_away 1:0.11 3:0.17
b:packed_my 12:0.1
b:paid_a 3:-0.15 6:0.25
b:paid_extra 5:0.16
b:paid_for 1:-0.2 2:0.25 3:-0.11 4:-0.12 5:0.57 7:-0.12 9:0.11
b:paid_in 1:0.12
b:paid_less 0:-0.1
b:paid_my 5:0.14 12:0.12
b:paid_out 5:-0.19 7:0.27
b:paid_the 0:-0.16 3:-0.26 4:-0.17 5:0.23
b:paid_£ 0:0.6 3:0.2 4:-0.9 5:0.16 6:-0.3 7:-0.33
b:painfully_slow 0:0.21
b:paint_aisle 3:-0.14
b:paint_was 2:0.15 3:-0.12
b:pair_of 4:0.12 5:0.49
b:paperwork_is 6:0.26
b:paperwork_was 3:0.11
b:paramedics_were 1:0.16
b:parcel_2 0:0.18 5:-0.17
b:parcel_arrived 2:-0.12 6:-0.14 12:0.23
b:parcel_came 5:0.24
b:parcel_in 0:0.25 5:-0.19
b:parcel_left 1:-0.13
b:parcel_over 1:0.39 3:-0.1 5:0.18 6:-0.18
b:parcel_sat 0:-0.27 5:-0.18 6:0.28
b:parcel_shop 0:0.2
b:parcel_was 0:0.17 2:-0.16 5:0.17 6:0.19
b:parents_are 5:-0.18
b:parents_felt 5:0.13
b:parents_have 1:0.1 2:-0.26 6:0.25 11:-0.14
b:parents_keep 0:-0.13 5:0.52
b:parents_of 5:0.13
b:parents_said 3:0.17 6:0.15
b:parents_were 1:0.14
b:parish_records 2:0.2
b:park_at 4:0.12
b:park_for 0:-0.44
b:park_is 1:0.21
b:parking_at 0:-0.13 4:-0.17 5:-0.12 11:-0.18
b:parking_charge 0:0.18 5:0.12
b:parking_fine 1:0.2 4:0.14 6:-0.23
b:parking_is 0:-0.19
b:parking_permit 5:-0.16
b:parking_permits 4:-0.41
b:parking_ran 0:0.26
b:parking_ticket 4:0.12
b:part_of 1:-0.21
b:part_time 1:-0.1
b:part_was 0:-0.16 2:0.14
b:participant_described 5:-0.14
b:participant_raised 0:0.11
b:participant_said 1:0.1 5:0.13 6:0.17
b:participant_summed 6:-0.16 8:0.11
b:participant_waited 5:0.11
b:participants_aged 1:0.2
b:participants_agreed 5:0.14 6:0.12 8:0.13
b:participants_compared 11:-0.12
b:participants_described 0:0.12 3:-0.32 4:0.14 6:0.21 11:0.13
b:participants_discussed 3:0.11
b:participants_felt 0:-0.15 1:0.15 5:-0.2 6:-0.2 8:-0.15
b:participants_found 8:-0.14
b:participants_had 4:0.11
b:participants_liked 5:-0.35 6:0.17
b:participants_mentioned 1:-0.25 6:-0.13
b:participants_mostly 5:-0.11
b:participants_praised 0:0.21 6:0.21
b:participants_repeatedly 0:0.19 6:0.31
b:participants_said 2:-0.2 3:0.21 5:-0.17
b:participants_talked 0:0.15
b:participants_valued 0:-0.19 1:0.17
b:participants_were 1:-0.2 2:0.12 3:-0.1 4:-0.29 5:0.44 6:-0.21 8:0.11 9:0.1
b:participants_who 0:0.29 2:0.13 5:0.22 6:-0.32
b:participants_whod 2:0.1
b:particularly_friendly 1:-0.11
b:particularly_the 4:0.1 5:0.16
b:parts_before 4:-0.11
b:party_at 0:-0.1
b:party_package 5:0.18
b:passed_between 0:0.18 2:-0.14 5:0.15 6:0.26
b:passed_first 0:-0.14 1:-0.25 5:-0.67
b:passed_from 2:0.1 6:-0.11
b:passed_its 1:0.39
b:passengers_ask 0:0.12 6:0.12
b:passengers_at 1:0.26 6:-0.16 7:0.12
b:passengers_can 6:0.12
b:passengers_keep 0:0.12
b:passport_control 0:0.16
b:passport_office 0:0.15 2:-0.13 5:-0.29
b:passport_was 0:0.11 5:-0.15
b:past_six 6:-0.1
b:past_the 0:0.18 5:-0.13 6:-0.32
b:past_their 4:0.11 5:0.18
b:pasty_was 3:-0.35 5:0.52
b:patient_and 1:0.24 8:0.1
b:patient_when 6:-0.11
b:patient_with 0:-0.2 1:0.13 2:-0.21 4:-0.23 5:0.11 6:-0.25 8:0.1
b:patients_are 0:0.16 1:-0.1 7:0.12
b:patients_complain 6:0.14
b:patients_keep 0:-0.19 2:0.35
b:pay_a 11:0.15
b:pay_for 5:0.35 12:-0.11
b:pay_in 5:0.14 6:-0.11
b:pay_it 1:-0.13 4:0.1 5:-0.11 6:0.15 11:0.2
b:pay_over 0:0.13 1:0.1 4:0.11
b:pay_rise 4:-0.3 5:-0.1
b:pay_the 2:-0.11 4:0.5 5:-0.29 6:0.21
b:pay_went 0:-0.2 4:-0.35
b:pay_£ 4:0.17 5:0.13
b:paying_a 0:0.15 5:0.2 12:0.11
b:paying_for 4:-0.2 11:-0.12 13:0.12
b:paying_more 4:0.24 11:-0.21
b:paying_that 0:0.1
b:paying_with 4:-0.11
b:paying_£ 3:-0.13 5:0.4 6:-0.13 11:-0.14 12:-0.15
b:payment_and 0:0.11
b:payment_plan 1:0.17
b:payout_covered 0:0.19 5:0.23
b:payroll_system 6:-0.15
b:penny_for 4:0.24 5:-0.31
b:pension_day 2:-0.11
b:pension_transfer 4:0.12
b:people_are 0:0.2 2:0.14 6:-0.25
b:people_asking 0:-0.1 13:-0.12
b:people_at 0:-0.26
b:people_comment 0:-0.14 6:0.1
b:people_described 1:0.13 5:-0.11
b:people_down 1:-0.15 2:-0.14 5:0.13 6:0.15
b:people_had 6:-0.13
b:people_have 2:-0.14
b:people_in 5:0.13 6:0.13
b:people_keep 1:-0.2 5:0.22
b:people_leave 0:0.23
b:people_love 4:0.18
b:people_mentioned 1:0.17
b:people_off 1:0.12
b:people_often 5:0.14
b:people_on 1:0.26 5:-0.15
b:people_ring 6:-0.1
b:people_said 1:-0.23 5:0.13
b:people_say 0:-0.2 2:-0.25 6:0.2
b:people_the 2:0.28 5:0.11 6:0.16
b:people_to 0:0.17 2:0.26 5:-0.15
b:people_wanted 4:-0.1
b:people_were 0:0.24 1:0.22
b:people_who 1:0.13 2:0.24 4:0.22 5:-0.16
b:people_with 0:0.15 1:0.14 4:0.13
b:perfect_since 2:-0.14
b:perfectly_with 5:-0.15
b:pero_the 0:0.32 1:0.27 5:0.69 12:0.13
b:person_all 1:0.26 6:-0.19
b:person_at 0:0.34 2:0.2 6:-0.4
b:person_i 5:0.12
b:person_on 0:0.15 2:-0.15 5:0.1 7:-0.11
b:person_said 0:-0.11 1:0.12 6:-0.18
b:person_to 0:-0.12 1:0.19
b:person_who 4:-0.12 5:-0.12
b:pet_insurance 0:0.11 5:-0.11
b:pet_shop 1:-0.16 2:0.15
b:pharmacist_didnt 1:-0.16 2:-0.1 5:0.19
b:pharmacist_noticed 6:-0.13
b:pharmacist_recommended 2:0.2 5:0.34
b:pharmacist_sorted 2:0.22
b:pharmacist_took 1:0.14 6:0.22
b:pharmacy_counter 0:0.27
b:pharmacy_hatch 5:-0.11 6:-0.19
b:pharmacy_staff 0:0.24
b:phone_and 0:-0.2 1:0.64 6:0.13
b:phone_are 1:0.18
b:phone_at 2:-0.17
b:phone_but 0:-0.14
b:phone_call 1:0.11 5:-0.19 6:0.32 8:-0.1
b:phone_calls 0:-0.42 6:0.22
b:phone_case 0:-0.11 1:0.18 5:0.15
b:phone_for 0:0.13
b:phone_in 2:-0.28 5:0.5 6:-0.11
b:phone_line 0:0.31 6:-0.11
b:phone_menu 1:-0.1 5:-0.17 6:0.25
b:phone_repair 1:-0.15
b:phone_screen 0:0.17 5:-0.11
b:phone_shop 1:-0.33 2:0.15 5:-0.31 6:0.21
b:phone_support 0:0.27 5:0.23
b:phone_system 6:-0.2
b:phone_than 2:0.32
b:phone_the 0:-0.31 2:0.11 4:0.21
b:phone_them 0:0.12 6:0.15
b:phone_was 6:0.18 8:0.11 12:-0.1
b:phone_with 0:-0.19 1:0.13 4:-0.1
b:phone_within 5:-0.29 6:-0.13
b:phoned_me 6:0.15
b:phoned_the 0:0.12 1:0.18 6:-0.24
b:phoned_to 2:-0.1
b:phones_in 11:0.14
b:phones_instead 6:-0.1
b:photo_of 1:0.21 4:-0.23 13:0.12
b:photos_and 2:0.35 5:0.27 6:-0.12
b:photos_of 2:-0.11 4:-0.16 6:0.17 13:0.12
b:physio_clinic 1:-0.19 5:-0.15
b:physio_knew 0:-0.26
b:physio_was 12:-0.11
b:pick_up 0:0.2 5:-0.22
b:picked_it 0:-0.11 3:-0.18 5:0.21 12:0.13
b:picked_up 0:0.26 2:0.47 5:-0.15 9:0.17
b:picks_up 0:0.23
b:pie_was 5:0.28
b:pile_of 1:-0.18 3:0.42
b:pilot_kept 6:0.17
b:pint_of 6:-0.13
b:piping_hot 0:0.33 5:0.27
b:pizza_off 1:-0.27 5:0.35
b:place_and 0:0.13
b:place_cleaner 1:0.24 7:-0.11
b:place_down 6:-0.1
b:place_had 4:0.17 9:0.16 11:0.13
b:place_has 5:0.35
b:place_in 5:0.14 12:0.17
b:place_is 0:0.14 1:-0.12 3:0.15 5:0.32
b:place_on 0:0.19 3:-0.16 6:-0.15
b:place_that 8:0.16
b:place_to 1:-0.14
b:place_was 3:0.59 4:-0.15 5:-0.23 7:0.13 10:-0.15
b:placement_year 9:-0.12
b:plain_english 2:-0.27 5:-0.14 6:0.17 13:0.17
b:plan_childcare 0:-0.1
b:plan_is 5:0.29
b:plane_was 5:-0.14
b:plants_are 5:0.16
b:plaster_dust 5:0.25 10:0.16
b:plaster_in 3:0.22 5:0.13
b:plastic_chairs 5:0.13
b:play_for 1:0.25
b:play_to 1:0.19 2:-0.13 4:0.15 6:-0.19
b:play_was 1:-0.15
b:pleasant_enough 6:0.11
b:please_get 0:-0.23 5:-0.13
b:plughole_and 5:-0.1
b:plumber_charged 5:0.24
b:plumber_did 5:0.11
b:plumber_turned 0:0.11 12:0.1
b:plumber_was 1:0.22 5:-0.34 8:0.21
b:plumbing_firm 6:0.17
b:plus_a 0:-0.11
b:plus_side 0:0.19 2:0.11
b:pm_and 0:-0.13 3:0.11 5:-0.1
b:pm_on 0:-0.16 1:0.3
b:point_of 4:0.16 5:-0.11 6:0.18
b:pointed_at 1:0.28
b:pointed_it 5:-0.17
b:pointed_me 1:-0.11 2:0.2 5:0.31
b:pointed_out 1:0.2 4:-0.1
b:pointing_out 11:-0.16
b:police_front 1:-0.32
b:polite_and 1:0.25
b:polite_but 1:0.14 6:0.31
b:polite_engineer 3:0.25 4:-0.15 5:0.18
b:polite_to 1:-0.14 3:0.11 4:0.12
b:polo_shirts 5:-0.3
b:pool_and 0:-0.11 1:-0.11 5:0.13
b:pool_was 1:-0.26 3:0.43 4:0.16 5:0.33 7:0.11 10:0.1
b:popped_in 0:-0.11 2:-0.11 5:-0.12
b:popped_into 1:-0.23 4:0.12
b:portal_is 6:0.13
b:portions_were 0:0.16
b:positive_about 0:0.19 4:0.2 6:0.11 7:0.13 8:0.14 11:-0.1
b:positive_side 2:0.12
b:post_office 0:0.21 2:-0.14 5:-0.29 6:-0.13
b:posted_throughout 6:0.14
b:poster_about 6:0.1 13:-0.1
b:pounds_for 11:-0.11
b:pour_un 0:0.35 5:-0.1
b:power_cut 1:-0.33 2:-0.13 6:0.13
b:power_of 6:-0.13
b:practice_is 1:0.16
b:practice_manager 2:0.18
b:practice_nurse 0:0.11
b:praised_a 5:0.11
b:praised_as 1:0.12 2:0.11 4:0.11 5:0.25
b:praised_for 1:0.1 2:0.2 3:0.19 4:0.14 5:-0.15 13:0.13
b:praised_the 0:0.11 1:-0.13 2:0.26 5:0.14 6:0.22
b:premium_account 4:0.11 5:0.29 6:-0.23
b:premium_delivery 4:-0.11 5:-0.16
b:premium_up 0:-0.11 4:0.19
b:prescription_and 0:-0.17 1:-0.15 2:0.19
b:prescription_had 2:-0.18
b:prescription_is 0:0.45 2:-0.16 6:0.13
b:prescription_was 5:0.14
b:prescriptions_ready 0:-0.28
b:press_1 5:-0.32
b:press_3 6:0.14
b:press_4 5:-0.25
b:pressure_tablets 2:0.2
b:pressure_to 1:0.33
b:previous_guests 1:-0.15
b:previous_one 2:0.19
b:previous_party 1:0.16
b:previous_tenants 3:0.17
b:price_also 2:0.17 4:0.13 5:-0.23
b:price_and 0:0.17 1:-0.14
b:price_as 4:-0.14
b:price_at 5:-0.11
b:price_before 0:0.11 2:0.11
b:price_changes 2:-0.16 6:0.3
b:price_for 4:-0.35 5:-0.25
b:price_in 0:0.13
b:price_includes 2:-0.24 4:0.16
b:price_is 5:0.11
b:price_list 4:-0.38 6:0.11
b:price_match 0:-0.11 6:-0.15
b:price_matched 0:0.14
b:price_of 0:-0.23 1:-0.32 2:-0.16 3:0.12 5:-0.25 6:-0.45 8:-0.15 12:0.21
b:price_on 2:0.31 5:-0.2
b:price_rise 6:0.44
b:price_rises 4:0.14 11:-0.12
b:price_that 0:0.12
b:price_was 0:0.17 1:-0.12 2:-0.19 5:0.6 6:0.22 11:0.11
b:price_went 5:0.17 6:-0.11
b:priced_but 2:0.12 4:-0.23
b:prices_and 1:-0.21
b:prices_are 1:-0.18 4:0.33 5:-0.43 11:0.16
b:prices_fair 5:0.35
b:prices_hadnt 1:0.3 5:-0.23
b:prices_have 1:0.11 4:0.18 8:-0.1
b:prices_havent 5:0.2
b:prices_not 1:-0.11 5:-0.17
b:prices_on 5:-0.16
b:prices_up 5:0.22
b:prices_went 4:-0.53
b:prices_were 11:0.14
b:pricey_but 5:0.34
b:pricey_for 6:-0.22
b:pricing_were 11:0.11
b:primer_i 3:-0.13
b:print_and 11:-0.12
b:print_copy 0:0.11
b:printer_ink 0:0.19 2:0.1 4:0.16
b:printers_in 5:0.24
b:printing_and 7:-0.11
b:private_clinic 2:0.11 5:0.2
b:private_physio 0:0.31
b:private_pool 0:-0.12
b:probably_saved 5:-0.15
b:problem_after 2:0.19 9:0.14
b:problem_in 1:-0.12 5:-0.13
b:problem_is 1:0.11 4:0.1 6:-0.12 9:-0.15
b:problem_was 5:0.11
b:product_training 6:-0.11 9:0.18
b:progress_for 6:0.13
b:promised_a 0:-0.42 2:-0.21 3:0.16 4:-0.11 5:-0.23 6:0.12
b:promised_and 0:0.35 1:-0.16 2:0.26 3:0.15 5:0.17
b:promised_me 2:-0.12
b:promised_on 0:0.42 5:-0.18 6:0.12
b:promised_to 6:0.12
b:promptly_and 1:0.12
b:proof_of 6:0.2
b:proper_clean 5:-0.24 6:-0.1
b:proper_sound 1:0.12 5:-0.12
b:proper_training 0:-0.1 2:0.14
b:properly_and 1:0.56 2:-0.15 5:0.17 9:0.12
b:proud_of 6:-0.19
b:provider_was 4:-0.11
b:pub_in 5:0.16 11:-0.13
b:pub_quiz 0:-0.18
b:puddles_everywhere 1:-0.12
b:puncture_fixed 4:0.35
b:push_the 1:0.25 4:0.24
b:pushy_about 1:0.1 5:-0.2
b:put_a 4:0.11
b:put_her 5:0.15 8:0.11
b:put_in 0:0.2
b:put_it 0:-0.14 2:0.18 5:0.21
b:put_me 0:0.11
b:put_my 0:-0.3 5:-0.13
b:put_on 5:0.11
b:put_the 2:0.38 3:-0.13 4:0.19 5:0.3 6:0.26 8:-0.1
b:put_them 5:-0.19
b:put_through 0:0.15 4:-0.31 6:-0.15
b:put_us 5:-0.13 6:0.16
b:putting_me 0:0.21 1:0.16 6:-0.1
b:putting_the 4:0.1
b:qr_codes 5:0.12 6:0.1
b:quality_of 5:0.14
b:quarter_and 2:0.16
b:quarter_to 0:0.13
b:queried_it 0:0.14
b:queried_the 4:-0.19
b:question_about 5:-0.19 6:-0.22
b:question_we 2:-0.26 6:0.33
b:questions_about 1:0.12 2:0.25 6:-0.22
b:questions_and 2:0.13
b:questions_asked 6:0.13
b:questions_on 2:0.22
b:questions_to 2:-0.11
b:questions_without 2:-0.17
b:queue_at 0:0.33 1:-0.2 2:-0.15 5:0.32 6:0.11 7:-0.21
b:queue_built 1:0.13
b:queue_for 4:0.12 5:-0.28
b:queue_goes 5:0.25
b:queue_in 13:-0.12
b:queue_is 0:0.17
b:queue_of 0:-0.18 5:0.12
b:queue_on 4:-0.14 5:-0.1
b:queue_out 4:-0.22
b:queue_went 0:0.19 5:-0.2
b:queued_for 1:-0.26
b:queues_are 1:0.12
b:queues_at 0:0.19
b:queuing_at 0:0.23 5:0.37 6:-0.46
b:queuing_for 0:0.12 5:-0.19
b:quick_and 0:0.19 1:0.16 5:0.16
b:quick_chat 0:-0.12 1:-0.23 5:-0.12
b:quick_look 0:-0.32 2:0.28 3:-0.11 5:-0.28 6:-0.11 12:0.11
b:quick_n 5:-0.11
b:quick_painless 0:0.21
b:quick_service 0:0.21
b:quick_to 1:0.14 2:-0.32 3:-0.18 4:-0.23 5:0.18
b:quicker_than 5:-0.12
b:quid_an 0:-0.21 4:0.22
b:quid_cheaper 5:-0.23
b:quid_for 5:0.13
b:quiet_room 5:0.14
b:quote_before 5:0.1
b:quote_by 12:-0.14
b:quote_to 5:-0.11
b:quote_was 6:0.11
b:quoted_a 2:0.35
b:quoted_me 2:0.11
b:quoted_three 0:0.15 3:0.13
b:quoted_£ 5:-0.54 11:0.19
b:quotes_for 4:-0.12
b:r_a 5:0.12
b:r_gr 4:0.14
b:r_so 1:0.38
b:r_u 0:0.11
b:r_unreal 5:0.22
b:rail_replacement 2:0.19 6:-0.22 11:-0.12
b:rain_and 8:-0.12
b:raised_as 0:0.13
b:raised_it 1:0.11 5:0.19
b:raised_price 4:-0.14
b:raised_repeatedly 4:0.12
b:raised_the 0:0.17 4:0.11 5:-0.17
b:rammed_after 0:0.21 7:-0.12
b:ran_45 0:0.1
b:ran_a 4:-0.17 5:0.42
b:ran_like 0:0.13
b:ran_out 0:0.12 5:-0.16
b:ran_short 0:-0.15
b:rang_about 0:0.41 1:-0.28
b:rang_ahead 0:0.5 6:0.12
b:rang_and 5:0.14
b:rang_at 0:0.36 6:-0.25 7:0.13
b:rang_back 0:-0.11 5:-0.1 6:-0.38
b:rang_every 5:-0.14 6:0.18
b:rang_i 4:0.27 5:-0.14 6:0.19
b:rang_me 6:0.52 13:0.2
b:rang_out 0:0.21 6:-0.15
b:rang_the 0:-0.35 1:0.31 2:-0.21 3:-0.1 5:0.53 6:-0.13 12:-0.16
b:rang_to 0:-0.15 1:-0.17 5:-0.3 6:0.12 13:-0.1
b:rang_up 1:0.17 4:-0.21 6:-0.21
b:rang_us 0:-0.25 6:0.35
b:rang_when 5:0.14
b:ranged_from 1:-0.11
b:rare_these 0:0.15
b:rarely_kept 0:0.27
b:rate_was 2:0.11
b:rated_highly 5:0.26 6:-0.1
b:rated_the 4:0.11 11:0.1
b:rates_were 6:0.13
b:rather_pay 2:-0.12 4:0.11 6:0.25 11:0.16
b:rather_than 0:0.19 2:0.19 4:-0.34 5:-0.51
b:rather_wait 0:-0.25
b:rattle_i 5:0.19
b:rave_about 5:0.34
b:ray_and 0:-0.24
b:ray_department 0:-0.16 6:-0.19
b:rd_time 0:0.23
b:read_it 0:0.11
b:read_the 1:0.45 2:0.22 5:0.24 11:-0.11
b:reading_from 2:0.3
b:reading_off 1:-0.21
b:ready_at 0:0.1 5:0.13
b:ready_before 5:-0.11
b:ready_by 2:0.25 5:0.16
b:ready_for 0:0.11 7:-0.14 13:-0.13
b:ready_in 0:0.14 7:-0.1
b:ready_the 0:0.11
b:ready_till 0:0.1
b:ready_tuesday 0:0.15 7:0.12
b:ready_when 0:0.49 2:-0.16
b:real_bargain 5:0.28 11:-0.28
b:real_difference 0:-0.19 6:0.17
b:real_dignity 0:0.24 1:0.28 5:-0.13
b:really_appreciate 5:-0.13 8:-0.12
b:really_appreciated 1:0.1 2:-0.2 3:-0.27 5:0.25 6:0.24 13:-0.25
b:really_badly 6:-0.35
b:really_chatty 1:0.11
b:really_clean 5:-0.12
b:really_clear 5:-0.1
b:really_clearly 1:0.1
b:really_good 4:-0.24 6:0.13
b:really_helped 0:-0.1 6:0.13
b:really_helpful 1:-0.28 5:-0.12 6:0.17 13:-0.14
b:really_impressed 6:0.14
b:really_knew 5:-0.35
b:really_know 2:0.35 5:-0.11
b:really_knows 2:0.11 5:0.15
b:really_made 1:-0.12 5:-0.13 8:-0.18
b:really_not 6:0.19
b:really_reassuring 2:0.22
b:really_supportive 1:-0.13
b:really_well 5:0.28
b:reason_given 4:-0.18 5:-0.11
b:reason_they 1:0.23 2:-0.28 4:0.18 5:-0.17 6:-0.13 11:0.19
b:reason_to 5:-0.11 6:-0.18
b:reasonable_and 4:0.29
b:reasonable_compared 0:0.15
b:reasonable_for 3:0.29 11:0.13
b:reasonable_price 1:0.35
b:reasonable_prices 5:0.42
b:reasonable_£ 4:0.15 5:-0.18
b:reasonably_priced 4:0.13 5:0.19
b:reassuring_when 2:0.35 9:-0.13
b:rebooked_me 6:0.12
b:receipt_said 4:-0.21
b:receipts_by 1:-0.11
b:received_no 0:0.19 5:-0.3 6:0.14
b:reception_are 5:0.14
b:reception_area 1:0.12
b:reception_at 1:0.23 2:-0.17 6:0.2
b:reception_for 0:0.15
b:reception_never 6:0.1
b:reception_staff 5:-0.11 8:-0.14
b:reception_the 0:0.12 5:0.11
b:reception_was 0:-0.15 1:0.12 5:0.21
b:receptionist_at 0:-0.12 2:-0.1 6:0.17 8:-0.19
b:receptionist_told 0:-0.27 2:-0.15 6:-0.21
b:receptionist_was 0:-0.12 1:0.33 2:0.15 5:-0.1
b:recommend_this 11:0.18
b:recommend_to 5:-0.11
b:recommended_a 1:-0.25 2:0.59 5:-0.19
b:recommended_was 1:0.26 2:0.11
b:reconciliation_adjustment 6:0.19
b:record_of 5:0.44
b:record_on 5:0.27
b:record_with 5:0.1
b:recycling_box 0:0.11
b:recycling_centre 1:0.51 8:0.11
b:redid_the 1:-0.14
b:redo_the 3:0.11
b:reeked_of 5:-0.2
b:reference_44821 6:-0.15
b:reference_number 0:0.2 5:-0.14
b:refitted_and 5:-0.23
b:refund_for 2:-0.15 6:0.14
b:refund_is 6:0.11
b:refund_me 0:0.3 5:-0.13
b:refund_of 4:-0.22 7:-0.11
b:refunded_it 6:0.19 13:0.11
b:refunded_the 1:-0.11 5:0.24
b:refused_to 1:-0.14 2:-0.12 5:0.11
b:regarding_claim 0:0.2 5:-0.17
b:regarding_my 6:-0.14
b:register_my 5:-0.15 6:0.12
b:regularly_goes 0:0.13 5:-0.15
b:regularly_tell 5:-0.1
b:regulars_have 1:0.12 4:0.27
b:regulars_keep 6:0.1
b:regulars_say 1:0.11
b:relatives_are 0:0.18
b:relaxation_room 1:0.15
b:reliable_since 6:0.17
b:remaining_branch 5:0.16
b:remember_a 5:0.14 12:0.11 13:0.15
b:remember_their 1:0.11 6:-0.23
b:remembered_our 6:0.14
b:remembers_my 0:0.23
b:reminder_text 0:-0.15
b:reminders_for 6:0.12
b:removal_lads 1:-0.2 6:0.11
b:removal_men 1:0.33 3:0.13 5:0.21
b:removals_firm 5:0.2
b:removals_team 3:0.34
b:renew_a 4:0.11
b:rented_through 5:0.11
b:rep_was 2:0.11
b:repair_and 1:0.18 2:0.13 5:-0.21
b:repair_for 0:0.21 5:-0.12
b:repair_on 7:0.17
b:repair_shop 5:0.16
b:repairs_man 5:-0.12
b:repairs_reported 0:-0.19 5:-0.11 6:0.15
b:repairs_service 5:0.15
b:repay_paid 5:-0.11 7:0.17
b:repeat_everything 6:0.11
b:repeat_prescription 0:0.34 5:-0.21
b:repeat_themselves 6:0.15
b:repeatedly_described 4:-0.13 6:0.21
b:replaced_at 7:0.15
b:replaced_it 1:-0.12 5:0.35
b:replaced_my 5:0.12
b:replaced_the 5:-0.41
b:replacement_arrived 6:0.15
b:replacement_bus 1:-0.11 2:0.19 6:-0.21 11:-0.12
b:replacement_out 0:0.4 2:-0.15 5:0.15 6:0.31 7:0.1
b:replied_to 0:0.44 1:0.27 5:0.44 6:0.14
b:reply_to 0:-0.31 5:-0.15 6:0.15
b:reported_a 0:0.5 5:-0.33
b:reported_in 5:0.11
b:reported_it 5:0.15 12:-0.11
b:reported_the 0:0.42 5:-0.27
b:reported_waiting 0:0.1 6:-0.12
b:request_a 2:-0.17
b:reserve_a 0:0.17
b:reserved_a 0:0.21 6:0.14
b:reset_it 0:-0.14 5:-0.15
b:reset_the 0:0.11
b:resetting_the 2:0.16
b:response_was 0:-0.25 1:0.22 6:-0.13
b:response_within 0:0.11 1:0.12
b:rest_of 6:-0.14
b:restaurant_was 1:-0.13 4:0.1
b:results_came 5:-0.14
b:results_day 6:-0.15
b:results_in 1:-0.14 2:0.21
b:results_were 0:0.26 1:-0.27 2:-0.21 5:-0.17
b:retail_park 5:0.13
b:retirement_! 1:-0.17
b:return_postage 4:0.16
b:returned_a 4:-0.15 5:-0.14
b:returned_the 0:0.18 2:-0.15 6:0.2 12:0.11
b:returning_to 0:-0.21 1:-0.14
b:returns_policy 2:0.13 6:-0.17
b:returns_process 5:0.13 6:0.38 12:-0.14
b:returns_were 0:-0.17 4:0.16
b:reviews_saying 3:0.1 5:0.18
b:rhyme_time 5:0.23
b:rice_was 6:-0.11
b:right_down 6:0.12
b:right_first 6:0.11
b:right_in 2:0.18 5:0.15 9:-0.14
b:right_out 1:0.1 2:-0.14 3:0.51
b:right_part 0:0.15
b:right_up 0:-0.36 6:0.21
b:ring_back 6:-0.53
b:ring_i 0:0.2 5:-0.1
b:ring_in 5:0.13
b:ring_me 0:-0.27 6:0.31 13:-0.14
b:ring_someone 2:0.16
b:ring_the 0:0.46 2:0.22 5:-0.11
b:ring_them 0:0.22 2:-0.11 3:-0.19 5:0.16
b:ring_to 0:-0.24 5:-0.2 6:0.11 13:0.1
b:ring_up 4:-0.12
b:ring_us 5:-0.23
b:ring_when 0:-0.2
b:ring_you 0:-0.12 1:-0.1 6:0.3
b:ringing_the 8:-0.12
b:rings_me 2:0.13
b:rings_on 2:0.11
b:rings_out 0:0.29 5:0.16
b:rings_to 6:0.12
b:rip_off 3:0.29 4:0.2 5:-0.14 11:-0.2 12:-0.1
b:rise_to 5:0.11
b:road_again 5:0.21 12:-0.14
b:road_and 11:-0.11
b:road_branch 1:-0.34 2:-0.12
b:road_in 0:0.27 5:-0.16
b:road_on 0:0.16 5:-0.15 6:-0.12
b:road_within 0:0.11
b:roast_dinner 3:-0.14 5:0.23
b:robbery_for 0:-0.17
b:rolled_her 0:-0.13 2:-0.13
b:rolled_in 0:-0.14
b:rong_with 2:0.14 5:-0.18
b:roof_tiles 1:-0.13
b:room_all 0:-0.26 1:-0.2 5:0.28 6:0.1
b:room_and 1:0.19 3:-0.1 6:0.21
b:room_at 1:-0.26
b:room_floor 3:0.12 10:0.1
b:room_for 1:0.15 3:-0.32 5:0.16
b:room_had 5:-0.37
b:room_has 5:-0.11
b:room_hasnt 2:0.25
b:room_immaculate 1:0.14 5:0.32
b:room_in 0:0.46 3:0.19 5:-0.15 6:-0.15
b:room_is 2:0.15 5:-0.27
b:room_rate 4:0.17 5:0.15 6:0.19
b:room_service 0:0.11
b:room_that 3:0.11
b:room_was 2:-0.12
b:room_wasnt 3:0.21 5:-0.11 6:-0.11
b:rooms_a 5:-0.11
b:rooms_are 0:0.13 1:0.15 6:0.11 8:-0.13
b:rooms_smell 3:0.19
b:rooms_themselves 5:0.16
b:rooms_were 2:0.11 4:-0.22 5:0.23
b:rota_for 0:-0.21
b:rota_is 5:-0.12
b:round_and 0:-0.11 1:-0.15 6:0.13
b:round_here 0:0.2 11:0.24
b:round_in 5:0.15 6:-0.12
b:round_it 0:0.15 5:-0.2
b:round_on 0:0.15 2:0.11 6:-0.18
b:round_the 1:0.17 3:0.14 7:0.17
b:round_to 5:-0.18
b:router_is 5:-0.13
b:router_off 5:-0.19 6:0.23
b:rubbish_coffee 5:0.21
b:rubble_all 0:0.14 3:0.16
b:rude_and 0:0.19
b:rude_awakening 4:-0.18 5:-0.1
b:rude_exactly 0:-0.13 2:-0.18
b:rude_or 1:-0.27
b:rude_to 1:0.2
b:rude_when 1:0.11
b:ruined_my 0:-0.12 2:0.26 5:-0.15
b:rules_for 1:-0.15
b:rules_inside 4:0.11 6:-0.11
b:run_a 4:0.13
b:run_off 8:0.11
b:run_out 0:0.14 4:0.18
b:run_ragged 0:0.19
b:running_50 0:0.14 1:-0.21 6:0.2
b:running_back 1:0.22 2:-0.23 6:0.19
b:running_late 6:0.18
b:running_on 0:-0.16
b:runs_it 1:0.13
b:rush_me 0:0.11
b:rush_the 0:-0.13 1:0.11
b:rushed_and 5:0.17
b:rushed_me 0:-0.2 1:0.15 2:0.14 6:0.22
b:rushed_out 1:0.19
b:rushed_us 1:0.23
b:sad_little 5:0.52
b:safe_place 5:0.43 6:-0.13 12:0.14
b:said_10 0:0.12 5:-0.12
b:said_3 0:0.29 6:-0.15
b:said_a 0:0.18 4:-0.18 5:0.2
b:said_about 0:-0.4
b:said_all 5:0.23 6:0.34
b:said_delivered 2:-0.11 5:0.36
b:said_good 1:0.43 3:-0.21
b:said_he 0:0.47 6:0.13
b:said_hed 1:-0.12 2:-0.18 6:0.32
b:said_hello 0:-0.15 1:0.17 5:0.23 6:-0.18 12:0.17
b:said_her 5:0.1
b:said_i 0:-0.27 1:-0.12 2:0.6 4:-0.31 5:-0.13 6:-0.19
b:said_id 2:-0.41 4:-0.15 6:0.31
b:said_in 0:-0.12 1:0.22 5:-0.1 6:0.17
b:said_it 1:0.18 2:0.44 4:-0.14 5:0.1 6:-0.28
b:said_itd 2:-0.11
b:said_its 0:-0.1 4:-0.12 5:0.3
b:said_my 1:-0.24 2:0.49 5:-0.23 9:-0.14
b:said_no 1:0.72 2:0.28 3:0.12 5:-0.17 6:-0.37 8:-0.17 9:0.1
b:said_nobody 0:-0.1 5:-0.11
b:said_on 0:-0.38 6:0.12
b:said_our 2:-0.13 6:0.36
b:said_probably 2:0.14
b:said_ready 7:-0.2
b:said_she 0:-0.36 1:-0.18 5:0.33 9:-0.1
b:said_shed 1:-0.19 5:-0.43 6:0.25 13:-0.14
b:said_someone 6:0.27 13:-0.14
b:said_thats 0:-0.12 6:-0.21
b:said_the 1:-0.19 3:0.24 4:0.35 6:0.31 7:-0.1 8:0.15 12:-0.18 13:0.16
b:said_their 0:-0.2 5:-0.36 6:-0.16
b:said_they 0:-0.29 1:-0.21 2:-0.23 4:-0.35 6:-0.29 8:0.14
b:said_theyd 5:-0.28 6:-0.24 13:0.25
b:said_to 0:-0.23 4:-0.15 5:0.29 9:0.11
b:said_two 0:0.29 1:0.11 6:-0.21
b:said_was 5:0.18 6:0.16
b:said_we 0:0.17
b:said_would 0:-0.12 2:0.44 5:0.44
b:said_yes 2:0.14 5:-0.15 9:-0.15
b:said_£ 2:-0.18 4:0.25
b:sales_assistant 5:0.34
b:sales_guy 4:-0.13
b:sales_staff 6:0.12
b:sales_team 1:0.12
b:salesman_was 1:0.15 2:-0.13 5:-0.17 8:-0.24
b:same_afternoon 0:-0.23 4:0.12 6:0.24
b:same_as 0:-0.14 1:0.21
b:same_condition 0:-0.27
b:same_day 0:0.61 2:0.17 3:-0.31 5:-0.48 7:-0.18
b:same_fault 5:0.14
b:same_form 2:0.17
b:same_link 6:0.24 13:-0.1
b:same_model 4:-0.27
b:same_month 6:-0.12
b:same_morning 2:-0.17 6:0.28
b:same_night 0:0.17 5:0.27
b:same_rattle 5:0.1
b:same_script 6:0.16
b:same_week 0:0.8 1:0.13 5:0.21 6:-0.42 7:0.16 12:0.11
b:sandwich_was 5:0.56 11:0.12
b:sandwiches_are 5:0.15
b:sat_down 5:-0.1 6:-0.18
b:sat_in 1:-0.23 6:0.31
b:sat_nav 1:0.11 5:0.25 6:0.1
b:sat_on 1:0.14 3:-0.13 5:0.11
b:sat_there 0:-0.24 6:0.24
b:sat_with 0:-0.14 2:-0.15
b:saturday_and 5:-0.13
b:saturday_mornings 0:0.12
b:saturday_night 0:0.11
b:saturday_staff 2:0.21 6:-0.14
b:saturday_the 6:-0.17
b:saturdays_so 5:0.24
b:save_money 0:-0.13
b:saved_me 1:-0.22 2:0.62 4:0.1 5:-0.24 9:0.29
b:saved_my 0:-0.23 12:0.1
b:saved_our 2:0.1 5:0.29 6:-0.18
b:saved_them 0:-0.16
b:saved_us 4:0.13 5:-0.17 11:0.13
b:savings_account 4:-0.11
b:saw_it 0:0.1
b:saw_me 1:0.2 8:0.14
b:saw_the 2:0.15 12:0.13
b:say_a 1:-0.48 6:0.52
b:say_about 1:-0.12 3:0.15 4:-0.19 5:-0.18 6:-0.29
b:say_for 1:-0.1 3:0.13 4:-0.1 5:-0.11
b:say_he 0:-0.11 6:0.11
b:say_hed 0:0.37
b:say_how 6:-0.11
b:say_i 5:-0.21
b:say_is 0:-0.12
b:say_it 0:-0.24 6:0.28 13:0.1
b:say_its 0:-0.26 2:-0.27 5:0.23 6:0.18
b:say_my 6:0.11 7:-0.13 13:-0.18
b:say_our 0:0.13 2:0.21 5:0.26
b:say_so 1:0.12 5:0.39
b:say_thank 1:-0.27
b:say_that 4:0.16
b:say_the 0:0.23 1:0.43 5:-0.11 7:-0.11 8:0.21 11:-0.24 12:0.18 13:0.17
b:say_they 0:-0.25 1:0.26 2:-0.11 5:-0.11 6:0.34 7:0.17
b:say_theyd 6:0.11
b:say_this 2:0.21 6:-0.11
b:say_we 5:0.14
b:say_were 4:0.33 6:-0.17
b:say_which 2:0.11 5:-0.12
b:say_why 0:0.15
b:saying_hed 6:-0.15
b:saying_it 0:0.23 5:-0.26
b:saying_my 4:-0.11
b:saying_our 1:0.32 6:-0.13
b:saying_the 0:0.13 1:-0.16 2:-0.12 3:0.46 4:-0.11 10:-0.13 12:-0.12 13:-0.18
b:saying_their 5:0.16 12:0.1
b:saying_they 0:-0.34 6:0.18
b:says_it 0:-0.1 6:-0.17
b:says_its 1:-0.3 2:0.27
b:says_on 6:0.11
b:says_so 4:0.17
b:says_the 1:-0.12
b:scale_and 0:-0.11 5:-0.12
b:scathing_about 0:0.13 2:0.2
b:schnell_! 5:-0.13
b:school_club 0:-0.13 5:-0.11
b:school_is 1:0.36
b:school_office 1:0.19 4:-0.14
b:scone_was 5:0.42
b:scratch_down 3:0.2 5:0.28
b:scratched_the 5:0.16 6:0.11
b:screen_4 5:-0.21
b:screen_and 5:-0.23
b:screen_at 5:-0.28 6:0.2
b:screen_was 5:0.49
b:screen_while 0:0.26
b:script_and 1:-0.1 2:0.11
b:sea_view 0:0.13
b:season_ticket 5:-0.15 11:-0.14
b:second_agent 2:0.21 6:-0.21
b:second_hand 4:0.1
b:second_microwave 0:-0.29
b:second_mortgage 4:0.14
b:second_opinion 2:0.23 4:-0.28 5:-0.24 9:-0.16
b:second_time 0:-0.14 4:0.29 5:0.34 6:-0.11
b:second_visit 2:-0.12
b:section_talked 4:-0.13
b:security_guard 1:0.2
b:see_a 5:0.21 6:0.14
b:see_how 6:0.2
b:see_me 5:-0.23
b:see_my 2:-0.16 3:0.29 5:0.6 12:-0.11
b:see_the 2:-0.19 3:0.15 5:0.4 6:-0.22 7:-0.14 10:-0.12
b:see_them 3:-0.27 6:-0.39
b:see_what 5:0.27
b:see_where 0:-0.1 6:0.26
b:see_you 0:0.25 5:-0.12
b:seem_to 1:0.12 2:0.31 5:-0.18 9:-0.12
b:seemed_bothered 0:0.12 1:0.14
b:seemed_to 0:-0.13 2:0.18 6:-0.13 9:-0.11
b:seen_a 1:0.34 2:-0.12
b:seen_as 1:0.26 2:0.12 5:-0.12 6:-0.1
b:seen_at 0:0.38 1:-0.12
b:sehr_freundlich 0:0.25
b:sehr_gut 0:0.34
b:self_checkouts 0:0.11 5:-0.18
b:self_service 0:0.21 5:-0.28
b:sell_me 0:-0.21 1:-0.11 5:0.26
b:selling_me 5:-0.13
b:semi_skimmed 5:0.3 6:-0.11
b:send_a 0:-0.21 6:0.21 13:0.14
b:sending_a 1:-0.12 2:-0.13
b:sending_me 6:0.24 13:-0.11
b:sending_the 5:0.11
b:sending_them 3:0.22 5:-0.18
b:sends_a 2:-0.19 5:-0.14 6:0.38
b:sense_of 5:0.1
b:sent_a 0:-0.13 2:-0.15 5:0.34 6:0.18
b:sent_about 4:-0.14 5:0.11
b:sent_it 0:0.15
b:sent_me 1:-0.28 4:-0.13 5:-0.1 6:0.23
b:sent_the 5:0.25
b:sent_three 6:0.18 13:-0.11
b:sent_to 5:-0.18 6:-0.21 9:-0.11
b:sent_us 1:-0.16
b:separate_occasions 2:-0.15 6:0.12
b:september_and 4:0.11
b:served_us 5:0.1
b:service_advisor 0:0.13 6:0.12 7:-0.13 13:-0.15
b:service_and 2:0.39 4:0.16 5:0.22 6:-0.14
b:service_as 1:-0.41
b:service_at 0:0.15 1:-0.11 4:0.13 5:-0.41
b:service_charge 0:-0.13 1:0.15 4:0.11 6:0.56
b:service_desk 1:-0.16
b:service_is 0:0.14 2:-0.15
b:service_itself 5:-0.17
b:service_kiosk 5:-0.1
b:service_kiosks 6:-0.2
b:service_light 0:-0.14
b:service_means 0:-0.2
b:service_on 5:0.14
b:service_took 0:0.1
b:service_was 1:0.17 5:-0.29
b:service_were 6:-0.14
b:service_with 1:0.18
b:service_£ 4:-0.13 11:0.28
b:serviced_it 0:-0.16
b:serving_me 0:0.27
b:session_and 0:-0.11 5:-0.15 6:0.12
b:session_on 6:-0.11
b:session_ran 0:-0.16
b:sessions_and 5:-0.17
b:set_up 2:0.13
b:setting_up 1:0.26 6:0.11
b:seven_and 0:0.15
b:seven_minutes 6:-0.24
b:seven_months 0:0.2 6:0.22
b:seven_weeks 0:0.13 4:-0.11 5:-0.1 7:-0.1
b:several_also 5:0.13 6:0.13
b:several_complained 0:0.11 5:-0.26
b:several_described 5:-0.14 6:0.19 8:-0.1
b:several_felt 5:0.16
b:several_found 2:0.16 6:0.22
b:several_had 1:-0.1 6:-0.16
b:several_mentioned 4:-0.2 5:0.15 6:-0.23 8:0.13 12:-0.14
b:several_only 4:0.2
b:several_parents 2:-0.12 6:0.38 13:0.17
b:several_participants 0:-0.13 1:0.13 6:-0.14 12:0.11
b:several_people 1:-0.22 5:0.32
b:several_said 0:0.3 4:-0.23 5:-0.16
b:several_were 0:0.12 6:-0.16
b:shame_about 0:0.37 1:0.12 5:0.51 6:-0.25 8:0.13
b:shame_the 3:0.15 6:0.21
b:sharp_and 1:-0.22 2:0.22 5:-0.27
b:sharp_as 0:0.25 1:-0.16 3:0.16 5:0.12
b:she_actually 1:0.29
b:she_asked 5:0.19
b:she_came 2:0.25
b:she_can 6:-0.23
b:she_clearly 1:0.35
b:she_did 1:-0.14 5:-0.2 11:0.17
b:she_didnt 1:0.18
b:she_drew 2:0.1
b:she_even 1:0.31 2:-0.13 5:0.28 6:0.35
b:she_explain 5:-0.11
b:she_explained 4:-0.11
b:she_gave 2:-0.1 5:0.19 6:0.1
b:she_got 0:0.16 5:-0.12
b:she_had 0:0.17 1:-0.16
b:she_is 0:0.2 5:-0.17
b:she_just 1:0.31
b:she_kept 2:0.13 6:-0.23
b:she_knew 0:-0.15 1:-0.17 2:0.1 5:0.31
b:she_never 0:-0.17 1:0.15 2:0.22 9:0.11 12:0.17
b:she_noticed 0:-0.12
b:she_now 5:0.14
b:she_promised 0:-0.14
b:she_said 5:0.1 9:-0.11
b:she_says 0:0.24 5:-0.11
b:she_sighed 0:-0.1
b:she_speak 5:-0.1 6:0.2 13:0.15
b:she_spotted 4:-0.2 6:-0.13
b:she_took 1:-0.15 5:-0.11
b:she_turned 0:-0.12
b:she_understood 2:-0.1
b:she_walked 0:-0.19 1:0.22 2:0.17
b:she_was 0:0.13 5:0.13
b:she_went 2:-0.11 6:-0.12
b:shed_been 0:0.11
b:shed_done 1:0.2 2:0.16 6:-0.16 9:-0.1
b:shed_even 2:-0.18
b:shed_find 2:0.11
b:shed_had 0:-0.14 5:0.35 6:0.28
b:shed_never 6:-0.26
b:shed_ring 6:0.2
b:shed_stopped 4:0.12
b:shes_the 11:0.13
b:shift_apologising 6:0.15
b:shirt_came 12:-0.16
b:shoe_covers 3:0.31
b:shop_are 6:0.14
b:shop_because 5:0.15
b:shop_didnt 1:-0.16 2:0.23
b:shop_floor 2:0.41
b:shop_for 4:0.11
b:shop_had 5:-0.1
b:shop_has 0:0.24 5:-0.1
b:shop_here 1:0.28 2:-0.18 4:0.14
b:shop_in 5:0.21 6:0.17
b:shop_is 2:-0.11 3:0.44 4:0.23
b:shop_knew 1:-0.2
b:shop_lady 0:0.19
b:shop_next 1:-0.21
b:shop_on 4:-0.1
b:shop_shoppers 12:-0.1
b:shop_so 4:0.12
b:shop_staff 2:0.23
b:shop_stinks 0:-0.19
b:shop_told 4:-0.12 6:0.12
b:shop_were 0:-0.12
b:shops_a 3:0.25 5:0.27
b:shops_couldnt 0:0.23
b:short_and 1:-0.18
b:short_on 0:0.23
b:short_staffed 0:0.14 5:0.29
b:short_two 1:-0.12
b:short_with 0:-0.23 1:0.34 2:0.13 5:-0.31 8:-0.12
b:shorter_than 1:0.18 2:-0.14 5:0.16 12:-0.21
b:should_be 1:-0.14 5:-0.1
b:should_go 2:0.12 5:0.16
b:should_have 0:-0.46 5:-0.18 6:-0.14
b:shout_out 4:0.21 5:-0.16
b:shouted_at 0:-0.17
b:shouting_at 1:0.45 6:0.13
b:show_her 2:-0.2
b:show_me 1:0.14 4:0.15
b:showed_it 0:-0.36 1:-0.13
b:showed_me 0:-0.12 1:-0.31 2:0.25 4:-0.31 5:-0.11 6:0.38 9:0.22 13:0.12
b:showed_up 0:0.12 5:0.26
b:showed_us 0:-0.31 1:0.27
b:shower_and 5:0.13
b:shower_curtain 5:-0.12
b:shower_n 5:-0.11
b:shower_tray 0:0.13
b:shower_was 6:0.11
b:showers_are 0:-0.18 2:0.18 5:0.19
b:showers_have 0:0.18 4:0.12
b:shows_how 6:-0.12
b:shows_the 6:0.11
b:shrugged_and 6:-0.13
b:shrugged_when 5:0.11
b:shut_at 0:-0.1
b:shut_for 0:-0.14
b:shut_the 6:-0.2
b:shuts_at 5:-0.11
b:side_effects 1:0.14 2:-0.11
b:side_gate 1:-0.12 4:0.11
b:side_is 5:0.14 6:-0.19 12:0.1
b:side_room 1:0.16
b:sighed_and 0:-0.1
b:sighed_loudly 5:0.12
b:sign_saying 3:-0.15
b:sign_up 6:-0.13
b:signage_to 6:-0.25
b:signed_by 2:0.14
b:signed_up 0:0.39 1:-0.16
b:signs_to 0:-0.21 6:-0.31
b:since_2019 0:0.2
b:since_3 0:-0.12 6:0.17
b:since_easter 0:0.31 5:-0.21 7:-0.16
b:since_it 0:-0.18 5:-0.13 6:0.18
b:since_january 1:0.12 8:-0.1
b:since_march 0:-0.16 5:-0.14 6:0.2
b:since_october 0:0.39 3:0.13 5:-0.18
b:since_the 2:-0.16 4:0.11 6:-0.56 7:0.2 10:-0.11 11:-0.12 12:-0.15 13:0.12
b:since_they 0:0.11 2:0.29 4:0.28 5:-0.31 6:0.17
b:since_tuesday 13:-0.12
b:since_we 1:-0.23 2:-0.34 3:0.47 4:-0.19 5:0.16 6:0.1 7:0.27 9:0.19 10:0.34 13:0.3
b:single_call 4:-0.22 5:-0.14 6:0.12
b:single_crumb 3:-0.3
b:single_day 0:0.12 5:-0.15
b:single_email 1:-0.17
b:single_hair 3:0.21 10:0.13
b:single_one 0:-0.27 5:0.35
b:single_time 0:0.12 4:-0.26 5:0.1 6:-0.3 12:-0.18
b:single_update 3:-0.1
b:single_week 4:-0.11 13:0.12
b:singled_out 2:-0.22
b:sir_madam 0:-0.12 5:-0.12
b:sir_or 5:0.16
b:sisters_wedding 1:0.13 2:-0.16
b:sit_in 0:0.28 4:0.11
b:sit_with 1:0.19 6:0.21
b:site_and 1:-0.17 5:0.25 12:0.12
b:site_for 0:-0.12 5:0.13
b:site_manager 2:-0.12 5:0.28
b:site_was 0:-0.14 5:0.14 6:0.27
b:sitting_in 0:-0.54 1:-0.13 6:0.18
b:sitting_on 0:0.2
b:sitting_there 0:0.16 4:-0.12 5:0.11
b:six_hour 5:-0.19
b:six_hours 4:0.12
b:six_minutes 0:-0.47 1:0.61 2:-0.16 8:-0.1
b:six_months 0:-0.24 2:0.15
b:six_quid 2:0.2
b:six_times 2:-0.32 6:0.16
b:six_to 4:0.11 5:0.12
b:six_weeks 4:-0.16 5:0.34
b:six_years 0:0.25 1:-0.11 2:-0.31 4:-0.12
b:size_of 2:0.13
b:skimmed_? 5:0.17
b:skin_fade 1:-0.11 11:0.19
b:skipping_the 3:0.11
b:skirting_boards 3:0.21 5:0.35 10:0.14
b:sleeping_on 5:0.38
b:slick_and 5:0.17
b:slot_and 11:0.13
b:slots_were 6:0.1
b:slow_cooking 0:-0.29 2:0.24 5:0.25 6:-0.19
b:slow_to 0:0.22 1:-0.15
b:slow_with 0:-0.2
b:slowly_and 5:-0.11 6:0.27 13:0.11
b:slowly_for 0:-0.13 1:0.22 5:-0.1
b:small_business 1:-0.1 2:0.12 6:0.14
b:small_glass 1:0.14
b:small_online 4:0.23
b:small_order 0:-0.1 5:-0.17
b:small_print 1:-0.12 4:0.17 11:-0.11
b:small_thing 0:-0.12 1:0.2
b:small_to 1:0.11
b:smart_home 2:0.23 5:-0.17 6:-0.21
b:smart_meter 2:-0.13 5:0.49
b:smell_in 6:-0.1
b:smell_of 0:0.25 1:0.14 2:-0.1
b:smelled_of 10:-0.17
b:smelling_of 3:0.18 5:0.19
b:smells_fresh 2:0.12
b:smells_like 3:-0.21 5:-0.46
b:smells_of 0:-0.1 3:0.16
b:smelt_awful 0:0.11
b:smelt_like 5:-0.15
b:smelt_of 3:0.19 5:-0.37
b:snapped_at 1:-0.1 5:0.31
b:snapped_on 4:-0.21
b:snapped_the 5:0.13
b:so_cheap 4:-0.16
b:so_clean 2:-0.21 5:0.34
b:so_clients 0:0.13 2:0.26
b:so_customers 0:0.1 5:0.55
b:so_every 5:0.41
b:so_far 1:0.1
b:so_fast 5:-0.22
b:so_frendly 1:0.15
b:so_friendly 2:0.12 3:-0.27
b:so_full 0:0.13 5:-0.25
b:so_gentle 2:-0.15
b:so_good 2:-0.12 5:-0.22 13:0.1
b:so_half 0:-0.26 5:-0.12
b:so_he 0:-0.1 2:0.17 5:0.27 6:-0.12
b:so_i 0:-0.54 1:0.13 2:-0.34 3:0.21 6:0.24 9:0.12 13:0.1
b:so_ill 5:-0.11
b:so_im 1:-0.11 2:0.17 4:-0.21 9:0.11
b:so_it 4:0.12
b:so_kind 5:-0.13
b:so_long 0:0.14
b:so_lovely 5:-0.15
b:so_much 0:-0.13 1:-0.2 2:-0.35 3:0.3 5:-0.15 6:0.43
b:so_my 0:-0.23 5:-0.2 6:0.24
b:so_new 5:-0.14
b:so_no 0:-0.14 4:-0.22 5:0.21 6:-0.18 7:0.17 13:0.1
b:so_nobody 0:-0.11
b:so_now 0:0.14 4:-0.13
b:so_often 5:0.11
b:so_parcels 5:-0.14
b:so_patient 1:0.26 6:-0.1
b:so_people 1:-0.19 6:0.1
b:so_reassuring 1:0.17 6:-0.11
b:so_she 0:-0.2 1:-0.24 2:0.11 5:-0.15
b:so_short 5:0.12
b:so_slow 0:0.11
b:so_sticky 5:-0.25
b:so_that 5:0.16
b:so_the 0:0.2 3:-0.11 5:-0.2
b:so_there 1:-0.12
b:so_they 1:0.15 6:-0.14
b:so_theyre 0:0.12 2:-0.14
b:so_we 1:0.21 2:0.38 5:0.17 6:0.38 7:-0.12 13:-0.13
b:so_well 5:0.12 12:0.11
b:so_when 2:0.15 6:0.25
b:so_you 6:-0.12
b:soaked_and 1:-0.13
b:soap_either 5:-0.1
b:social_media 6:0.12
b:society_is 4:0.1
b:sofa_arrived 0:-0.11
b:sofa_in 0:0.19
b:soft_play 0:-0.17 1:-0.15 5:-0.31 11:0.1
b:soggy_and 2:-0.11
b:sold_me 0:-0.1 5:0.4
b:sold_us 2:0.16 5:-0.16
b:solicitor_was 6:0.22
b:solicitors_office 4:-0.12
b:some_felt 0:0.15
b:some_of 1:0.25
b:some_parents 1:-0.24
b:someone_actually 1:-0.16
b:someone_else 6:-0.12
b:someone_elses 2:0.3 3:0.38 5:0.3 9:-0.13 10:-0.12
b:someone_finally 0:-0.24 9:-0.14
b:someone_in 0:-0.44
b:someone_needs 3:0.12
b:someone_new 0:-0.16
b:someone_on 0:-0.11
b:someone_round 0:0.12 5:0.19 7:0.18 12:0.1
b:someone_to 0:0.37 5:-0.13
b:someone_was 5:0.11
b:someone_who 2:0.2 9:-0.13
b:someone_will 0:-0.18 6:0.32
b:someone_would 2:-0.25 13:-0.1
b:something_at 0:-0.12
b:something_different 2:-0.34 5:0.16 6:0.12
b:something_has 4:-0.11
b:something_that 2:0.15
b:somewhere_else 6:-0.15
b:son_had 5:0.11 6:0.16
b:son_has 0:-0.1 1:0.1 2:-0.11 6:-0.12
b:son_to 5:0.2 12:0.13
b:soon_as 5:0.28 6:-0.11
b:sooo_slow 5:0.16
b:sore_point 0:-0.14 1:-0.2 2:0.12 5:0.22 6:0.14
b:sort_it 6:-0.14
b:sort_my 4:0.12
b:sort_of 1:0.19 5:-0.13
b:sort_out 1:0.12
b:sorted_everything 1:0.14
b:sorted_in 5:-0.11
b:sorted_it 0:0.34 2:0.24 5:0.18 6:0.15
b:sorted_me 4:0.14
b:sorted_my 0:0.45 2:0.26 5:0.3 7:0.15
b:sorting_my 5:-0.21
b:sound_bloke 0:0.47 1:0.11 5:-0.11
b:sound_lads 1:0.13
b:sounded_like 11:-0.11
b:sour_note 5:0.11
b:sourdough_is 5:0.11
b:sparky_was 1:0.23 3:-0.1 5:0.16
b:speak_slowly 5:-0.21 6:0.26
b:speak_to 0:-0.22 6:0.11 9:0.18
b:speak_very 0:-0.3 1:-0.16 5:-0.17 6:0.5 13:-0.13
b:speaks_to 1:0.26
b:speck_of 3:0.13 5:-0.19
b:speeds_are 5:0.39
b:speedy_service 0:0.16 5:0.1
b:spelt_my 5:0.41 6:0.15
b:spend_half 1:-0.1 2:-0.13 6:0.15
b:spending_my 0:0.17 7:-0.17
b:spent_a 2:0.1
b:spent_ages 0:-0.32 1:0.17 2:-0.17 5:0.16
b:spent_forty 6:0.15
b:spent_half 0:-0.14 1:0.19 4:0.1
b:spent_over 5:0.18
b:spent_twenty 0:-0.15 1:0.18 2:0.13
b:spin_instructor 5:0.26
b:split_on 1:0.16 4:-0.1 5:-0.13
b:spoke_to 1:0.45 5:-0.11 6:0.22 13:-0.12
b:spoken_to 0:-0.37 1:0.24
b:spot_on 0:0.17 1:-0.21 2:0.32 4:-0.15 5:0.23 6:-0.16 9:0.19 12:0.14
b:spotless_and 0:-0.18 2:0.16 3:0.28 5:0.13 10:0.11
b:spotless_but 5:0.61 12:-0.21
b:spotless_driving 3:-0.34
b:spotless_inside 0:-0.25
b:spotless_record 0:-0.11 1:-0.13 2:-0.13 5:0.8 6:-0.11
b:spotted_a 0:-0.25 1:-0.21 5:-0.18
b:spotted_it 2:-0.41 4:0.27
b:spotted_my 5:-0.11
b:spotted_that 0:0.16 4:-0.18 5:-0.11 6:-0.23 9:0.11
b:spotted_the 1:0.1 2:0.27 5:-0.24
b:squat_form 1:-0.21
b:squeezed_me 1:0.15 6:-0.43
b:st_annes 4:0.15
b:staf_were 5:-0.12
b:staff_a 0:0.11
b:staff_about 2:-0.25
b:staff_actually 2:0.1
b:staff_are 0:-0.12 1:0.22 3:0.45 4:0.21 6:0.27 8:0.11
b:staff_as 3:0.11 4:0.13 5:-0.11 6:-0.12 11:0.12
b:staff_at 0:-0.3 1:-0.11 3:-0.19 4:-0.15 5:-0.2 8:0.14
b:staff_can 2:0.23
b:staff_canteen 4:-0.64 5:-0.22
b:staff_chatted 1:0.1 8:-0.12
b:staff_chatting 0:0.11 1:0.14
b:staff_clueless 1:0.18
b:staff_could 5:0.17
b:staff_couldnt 0:-0.12 4:0.14 5:0.19 6:-0.12 8:0.22
b:staff_had 0:-0.13 1:-0.26
b:staff_have 2:-0.11 4:-0.31
b:staff_in 6:0.1
b:staff_is 3:-0.55 5:0.17
b:staff_knew 1:-0.13 5:-0.1
b:staff_know 1:-0.16 9:0.11
b:staff_lovely 5:0.13 8:0.1
b:staff_not 5:0.36 12:0.13
b:staff_on 0:-0.15 2:0.13 3:0.19 5:0.44 11:-0.11
b:staff_or 1:-0.14
b:staff_parking 0:-0.19
b:staff_room 2:-0.11 3:-0.21 5:-0.18
b:staff_say 2:0.34 6:-0.29
b:staff_seemed 1:-0.11 2:0.17
b:staff_super 5:0.28
b:staff_there 5:0.1
b:staff_toilets 3:-0.25
b:staff_uniforms 1:-0.19 5:-0.14
b:staff_were 0:0.46 1:0.11 2:-0.26 4:0.45 5:-0.21 7:-0.13 8:-0.33 11:-0.12 12:0.13
b:staff_werent 1:-0.34
b:staffed_till 5:-0.14 6:0.18
b:stage_and 4:0.15
b:stage_of 1:0.12
b:stain_on 3:-0.27 5:0.11 12:0.14
b:stale_by 5:0.18
b:stale_coffee 5:-0.11
b:stand_in 5:0.22
b:stand_there 0:0.32
b:standard_of 5:0.23 6:-0.13
b:standing_charge 2:-0.13 6:0.2
b:standing_in 6:0.16
b:stank_of 3:0.19 5:-0.1
b:star_hotel 1:-0.2
b:stars_! 1:0.18
b:stars_for 3:0.51 5:0.27 12:0.16
b:stars_from 5:-0.11
b:start_all 0:0.29
b:start_and 5:0.24
b:start_of 0:-0.12
b:start_on 0:0.21
b:start_to 3:0.19 5:-0.21
b:started_commenting 0:0.12
b:started_going 5:-0.19
b:started_on 0:0.25 5:-0.16 7:-0.23
b:started_saying 3:0.24
b:started_sending 0:-0.19 1:-0.13 2:-0.14 3:0.22 5:-0.13 6:0.15
b:started_texting 4:-0.11
b:started_the 0:-0.18
b:starter_on 2:0.21
b:starters_at 5:0.14
b:station_has 3:-0.13
b:station_toilets 3:0.17
b:stay_for 1:0.24 2:-0.11
b:stayed_for 0:-0.15 5:-0.16
b:stayed_in 5:0.21
b:stayed_on 0:-0.16 1:0.11
b:steak_was 5:0.18
b:steep_for 5:-0.15
b:steered_us 0:-0.13 5:0.23 11:0.16
b:steering_wheel 3:0.31 4:0.1 5:-0.34
b:step_and 2:-0.19
b:step_before 1:-0.49
b:step_by 2:-0.2 5:-0.13 6:0.32
b:step_in 1:0.2
b:sticky_floor 3:0.15 4:-0.16 5:0.19
b:sticky_my 5:-0.25
b:sticky_tables 3:0.16
b:still_a 0:-0.14 6:-0.11
b:still_broken 0:0.53 5:-0.21
b:still_cant 2:0.37 4:0.13 6:-0.26 7:0.11 9:-0.12
b:still_dark 0:0.37
b:still_didnt 2:-0.14 6:0.1
b:still_dont 6:0.36
b:still_excellent 3:0.1
b:still_get 4:0.36 5:0.28
b:still_got 4:0.21 6:0.14
b:still_had 3:0.14 4:-0.25 6:-0.13 12:-0.11
b:still_has 1:0.23 2:-0.14
b:still_hasnt 5:-0.13 6:-0.18
b:still_havent 5:-0.12 6:-0.19
b:still_in 1:-0.1
b:still_isnt 0:0.1 2:-0.1
b:still_no 0:-0.18 2:0.41 6:0.22 9:-0.11
b:still_not 2:-0.13 5:-0.23 7:-0.16 12:0.1
b:still_nothing 0:-0.34
b:still_on 0:0.15 3:0.21 5:-0.26 6:0.11 7:-0.21 13:-0.16
b:still_piping 0:0.12 5:0.19
b:still_say 6:-0.13
b:still_shop 1:0.26 2:-0.17 4:0.13
b:still_the 4:0.13
b:still_there 0:0.53 5:-0.17
b:still_took 4:-0.41 5:-0.31
b:still_waited 4:-0.27
b:still_waiting 0:-0.74 3:-0.12 5:0.27 6:0.52 13:-0.18
b:still_warm 4:0.17
b:still_wont 1:-0.11 2:0.11 5:0.34
b:stinks_of 0:-0.19 3:0.1
b:stockroom_is 3:-0.25
b:stone_cold 0:0.22
b:stone_massage 5:-0.42
b:stood_at 0:0.29 2:-0.26
b:stood_on 0:0.12
b:stood_there 0:0.22 1:-0.12 5:-0.21
b:stopped_asking 6:0.25
b:stopped_doing 7:-0.11
b:stopped_using 2:0.34 5:-0.24
b:storage_company 0:-0.22 5:0.17 6:0.18
b:storage_unit 3:-0.17
b:store_and 2:0.15
b:store_because 1:0.18 5:0.21 6:-0.13
b:store_layout 0:-0.17 6:-0.13
b:store_said 1:-0.21 2:0.13
b:store_staff 0:-0.13 1:-0.11 8:-0.13
b:story_short 5:0.3
b:straight_answer 1:0.24 2:0.12 4:-0.1
b:straight_away 0:0.21 1:-0.33 2:0.16 5:0.31 7:0.18 9:0.14 12:0.22
b:straight_back 5:-0.49 10:-0.16
b:straight_on 1:0.3
b:straightforward_and 0:0.23 5:-0.13 6:0.13
b:strawberries_were 4:-0.14
b:street_and 0:0.14
b:street_in 1:0.26
b:streetlight_outside 0:0.12 5:-0.33 7:-0.19
b:strong_feeling 4:-0.1
b:strong_smell 0:0.23 1:0.13
b:strong_views 5:-0.15
b:stuck_to 3:0.26 5:-0.19 10:-0.28
b:stuck_with 0:0.19
b:student_finance 0:0.11 4:-0.28 5:-0.12
b:student_rate 1:-0.1 4:0.22 11:0.14
b:students_keep 3:-0.17 5:0.22
b:students_tell 4:0.12
b:study_room 5:-0.23
b:stuff_and 0:0.13 5:0.23 6:0.12
b:stuff_but 1:0.4 2:0.15 3:-0.13 5:0.33 8:-0.11
b:stuff_on 1:0.14
b:stuff_was 1:0.21
b:stylist_was 2:-0.12 6:0.12
b:submitted_a 5:0.12
b:substantive_reply 0:-0.26
b:such_a 1:0.26 2:-0.11 5:-0.18
b:suited_my 1:0.16 5:-0.13
b:summary_after 0:-0.1 6:0.14
b:summary_of 0:-0.18 1:-0.11 5:-0.18
b:summed_up 6:-0.16 8:0.11
b:summer_and 0:0.11
b:sunday_? 1:0.31
b:sunday_lunchtime 5:0.14
b:sunday_roast 1:-0.11
b:sundays_and 3:0.11
b:super_clean 3:0.11 5:0.16
b:super_rápido 0:0.13 1:0.1
b:supermarket_on 6:-0.1
b:supplier_in 4:0.12
b:support_is 0:0.34 5:0.23
b:support_tickets 0:0.21
b:sure_how 4:-0.14
b:sure_i 0:-0.15 1:0.15
b:sure_she 2:-0.11 9:-0.11
b:surgery_is 1:0.1 8:-0.14
b:surgery_itself 6:0.1
b:surgery_on 0:0.21 3:0.51 10:0.21
b:surprised_the 10:0.16
b:surprises_on 4:0.11
b:swapped_it 0:-0.14 1:-0.12 5:0.13 6:0.5 13:0.18
b:sweep_at 0:-0.18
b:sweep_up 3:0.1
b:sweet_but 5:-0.15
b:swept_between 3:0.17
b:swept_up 1:-0.11 3:0.67 5:0.18 10:0.3 12:0.13
b:swim_coach 1:0.12
b:swim_is 11:0.11
b:swim_sessions 5:-0.13
b:swimmers_in 0:0.27
b:swimming_club 0:0.12 2:0.11
b:swimming_clubs 5:-0.11 11:0.14
b:swimming_lesson 5:0.18
b:swimming_lessons 0:-0.23 5:0.36 12:0.12
b:swimming_pool 3:-0.27
b:swimming_teacher 1:0.14 5:0.17 6:0.1
b:switched_energy 4:0.2 5:-0.13
b:switched_from 5:0.17
b:switched_to 4:0.11
b:switching_service 5:-0.13
b:system_and 2:0.32
b:system_crashed 0:0.16
b:system_crashes 0:-0.15
b:system_goes 6:-0.16
b:system_had 5:0.2
b:system_is 0:-0.22 4:-0.16 5:0.12
b:system_texts 6:0.17
b:system_was 0:0.15 1:-0.11 4:0.32 6:-0.2 11:0.15
b:ta_! 3:0.21 10:0.19
b:table_and 2:0.11
b:table_still 3:0.14
b:tables_and 5:0.14
b:tables_not 5:-0.16
b:tables_were 5:-0.12
b:tables_wiped 10:0.11
b:tablets_in 2:0.33
b:take_a 0:0.16 1:0.25 2:-0.18 6:-0.21
b:take_it 1:0.16 5:-0.1 9:0.12
b:take_no 1:0.2
b:take_the 2:0.11
b:takes_ages 0:0.18
b:takes_to 1:0.18
b:taking_my 6:-0.15
b:taking_the 5:-0.34
b:taking_three 5:0.13 6:0.16
b:taking_two 5:0.18
b:talk_about 5:0.22 12:0.1
b:talk_down 1:0.1 5:-0.12
b:talk_of 8:-0.11
b:talk_to 6:-0.23 8:0.16
b:talked_a 4:-0.16
b:talked_about 1:0.19 4:-0.17
b:talked_at 0:0.13
b:talked_down 1:0.32
b:talked_me 0:-0.2 1:-0.33 6:0.17 12:0.18
b:talked_to 1:0.21
b:talked_us 0:0.13
b:talking_about 2:0.16 6:-0.14
b:talking_to 0:0.25 1:0.42 6:-0.36
b:tap_and 0:-0.2 5:-0.11
b:tap_water 5:-0.13
b:taste_of 5:0.15
b:tasted_of 3:-0.11 5:0.26
b:tastes_like 3:-0.12
b:tasty_but 5:0.14
b:tax_line 0:-0.15
b:tax_office 2:0.22
b:tax_return 6:-0.2
b:taxi_at 0:-0.16
b:tea_was 5:0.35
b:tea_went 0:0.36 5:-0.15
b:teacher_is 0:-0.12 1:0.14 5:0.16 6:0.21
b:team_are 1:0.22
b:team_can 2:-0.22 6:0.2
b:team_has 6:-0.12
b:team_have 2:0.12
b:team_is 6:-0.15
b:team_on 0:-0.14
b:team_rang 0:0.22 5:-0.1 6:0.12
b:team_still 2:0.24
b:team_were 1:0.31
b:tears_because 5:0.17
b:tech_support 5:-0.11
b:tech_was 0:0.14 4:0.11
b:teeth_and 1:0.28
b:teeth_have 2:-0.18 5:0.36
b:tell_customers 2:0.13
b:tell_her 0:-0.18 2:0.14 6:0.16
b:tell_him 2:-0.17 6:0.42
b:tell_me 0:0.25 1:-0.22 2:0.24 6:-0.31 7:-0.15 11:0.1
b:tell_people 5:0.14
b:tell_them 2:0.41 4:-0.14 5:0.3
b:tell_u 0:-0.15 2:0.12
b:tell_us 0:0.14 3:0.34 4:0.42 6:-0.31 11:0.15 13:-0.15
b:tell_you 5:-0.41 6:-0.32 9:0.12
b:telling_me 0:-0.23 1:-0.2 2:-0.18 5:0.34
b:telling_us 0:0.22 2:-0.13 5:0.1 6:0.14
b:tells_me 0:0.16 4:0.19
b:tells_them 0:0.16
b:tells_us 2:0.19 6:0.26
b:tells_you 2:-0.11 4:-0.16 5:-0.12 6:0.42 13:0.11
b:ten_days 0:0.13
b:ten_for 2:0.23 5:0.23
b:ten_minute 5:0.22 6:0.31
b:ten_minutes 0:0.37 5:0.3 6:-0.15
b:ten_out 2:0.16 4:-0.12
b:ten_participants 5:0.13
b:ten_weeks 8:-0.11
b:ten_working 0:0.11
b:ten_years 5:-0.16
b:tenants_in 0:-0.2 6:0.11
b:tenner_for 4:0.24 5:-0.31 11:0.18
b:tennis_club 1:0.18
b:test_and 0:0.16
b:test_inside 1:-0.27
b:test_ive 4:0.29
b:test_results 2:0.22 7:0.15
b:test_was 5:-0.18
b:tests_and 2:0.22 6:-0.12
b:tests_were 6:0.42 13:-0.12
b:text_at 5:-0.18 6:0.12
b:text_reminders 1:-0.26 2:-0.11 6:0.18
b:text_saying 0:0.13 13:-0.11
b:text_the 0:-0.23 6:0.1
b:text_them 13:0.11
b:text_to 0:-0.1 5:-0.14
b:text_when 2:-0.17 6:-0.32
b:text_within 0:-0.14 3:-0.11
b:texted_me 1:0.19 6:0.19 12:-0.12
b:texted_them 0:-0.12 13:-0.12
b:texted_to 1:0.18
b:than_a 1:-0.15 5:0.44
b:than_any 6:-0.1
b:than_anything 5:0.13
b:than_anywhere 6:-0.11
b:than_at 0:-0.24 4:0.1 5:0.17 12:0.15
b:than_before 1:0.24 5:-0.15
b:than_buying 0:0.23 4:0.18
b:than_he 1:0.15 2:-0.13 4:-0.15 5:0.18 6:0.12
b:than_i 1:0.29 3:0.28 4:-0.12
b:than_in 1:0.14 2:0.27
b:than_last 4:-0.17 5:-0.13
b:than_my 0:-0.21 1:-0.13 3:0.41 10:0.11
b:than_once 4:0.23
b:than_one 0:0.1 12:-0.14
b:than_online 0:-0.13
b:than_that 0:0.32 4:-0.23 5:0.13
b:than_the 0:0.15 1:-0.13 2:-0.2 3:-0.37 4:0.23 5:0.28 6:-0.14 9:0.16 11:0.24
b:than_their 5:-0.11
b:than_to 4:0.11 11:-0.24
b:than_us 5:0.26
b:than_we 5:-0.15 6:0.13
b:than_what 4:0.14 5:-0.15
b:thank_u 1:-0.14
b:thank_us 1:0.29
b:thank_you 0:-0.33 1:-0.32 2:-0.17 3:-0.25 4:-0.12 5:0.19 6:0.15 12:0.21 13:0.13
b:thanking_us 0:0.11 4:-0.11
b:thanks_for 0:0.12 1:0.35 3:-0.11 5:-0.23 8:-0.15 13:-0.13
b:thanks_so 6:0.1
b:thanks_to 0:0.13 2:0.38 3:-0.1 5:-0.22
b:that_? 5:0.12
b:that_a 6:-0.11
b:that_actually 0:-0.19 5:0.44 6:0.16 9:0.12 12:0.19
b:that_at 1:0.19 11:-0.11
b:that_before 6:0.33
b:that_call 0:-0.16 5:0.25
b:that_came 5:-0.13 6:0.1
b:that_didnt 0:-0.12 2:0.12 5:0.11 9:-0.11
b:that_doesnt 1:-0.13 5:0.2
b:that_drops 5:0.13
b:that_every 10:-0.1
b:that_fell 4:-0.21 5:0.26
b:that_first 6:0.17
b:that_for 0:0.38 5:0.18 6:-0.14
b:that_garden 2:0.15
b:that_had 1:0.12 2:0.13 3:0.24 5:-0.2 6:-0.17 9:0.14
b:that_hadnt 3:0.11
b:that_haircut 5:0.18
b:that_half 2:0.24 5:-0.26
b:that_i 0:0.16 1:-0.15 2:-0.23 4:-0.1 6:0.14
b:that_id 0:0.11 1:0.15 4:-0.19 5:-0.11 6:-0.16
b:that_is 4:-0.21 5:0.14
b:that_it 0:-0.46 1:0.27
b:that_kind 0:0.11
b:that_lasted 5:-0.43
b:that_my 1:-0.13 2:0.38 4:0.2 6:-0.12 11:0.11 12:-0.11 13:-0.12
b:that_never 0:-0.2 6:0.15
b:that_night 0:-0.12 5:-0.1
b:that_nobody 1:0.11 6:-0.13 12:0.1
b:that_once 0:0.11
b:that_orders 2:-0.12 5:0.15
b:that_our 6:0.13 11:-0.16
b:that_parking 6:0.22
b:that_paying 4:0.16 12:0.1
b:that_people 4:-0.1
b:that_shows 5:-0.2
b:that_staff 1:-0.16
b:that_still 0:0.23
b:that_the 0:-0.23 1:-0.1 2:-0.21 6:0.66 7:-0.19 9:0.11 10:-0.14
b:that_they 0:0.16 1:-0.11 4:-0.14 5:0.22 13:0.28
b:that_theyd 5:-0.18 6:0.14
b:that_three 5:-0.12
b:that_took 5:-0.12
b:that_turned 1:-0.11 2:0.29 6:0.21
b:that_up 4:0.15
b:that_was 0:-0.93 1:0.1 2:0.18 3:-0.17 5:-0.69 6:0.26 9:-0.31 13:-0.2
b:that_wasnt 0:-0.12
b:that_we 0:0.11 1:0.47 5:-0.22 6:0.15 13:0.18
b:that_well 0:-0.11 1:0.18
b:that_went 0:0.15
b:that_weve 7:-0.11
b:that_when 0:0.17
b:that_worked 3:0.16
b:that_works 5:-0.14
b:that_would 0:-0.17
b:that_wouldnt 2:0.13 5:0.16 6:0.23
b:thats_about 3:-0.14
b:thats_all 0:0.12 5:0.11
b:thats_been 1:-0.11 5:0.42 13:-0.1
b:thats_exactly 6:-0.31
b:thats_gone 5:-0.12
b:thats_mostly 1:0.11
b:thats_not 0:-0.11 4:-0.21
b:thats_the 1:-0.11 4:-0.12
b:thats_what 6:-0.12
b:the_12 6:0.18
b:the_14 5:-0.12
b:the_17 5:0.11 6:0.23
b:the_19 0:0.14
b:the_20 6:0.19
b:the_24 4:0.11
b:the_3 0:0.2 5:-0.3 6:-0.22
b:the_30 0:-0.31 2:0.22 3:-0.18 6:-0.15
b:the_40 0:0.15
b:the_8 0:0.12 3:0.14
b:the_accommodation 0:0.14 5:0.13
b:the_accountant 0:0.23
b:the_admin 0:0.11
b:the_advice 0:-0.2 1:0.15 2:0.21
b:the_adviser 2:0.14 6:-0.26
b:the_advisers 2:0.28
b:the_advisor 0:-0.15 4:-0.14
b:the_after 0:-0.13
b:the_afternoon 3:0.17 11:0.14
b:the_afternoons 3:0.13
b:the_agency 0:-0.13 2:-0.14 5:0.2 6:0.22 12:-0.12
b:the_agent 1:0.22 2:0.14 4:0.18 6:-0.2 13:-0.24
b:the_agents 6:-0.1
b:the_airline 0:0.1 6:0.12 13:0.1
b:the_airport 0:0.15 5:0.13 7:0.18
b:the_aisles 3:0.18 4:-0.1
b:the_alarm 2:0.13 4:0.25
b:the_ambulance 0:-0.17 1:0.18
b:the_angry 4:-0.14 5:-0.13 13:0.11
b:the_animals 1:0.12 5:-0.11
b:the_annual 2:-0.16 5:-0.16
b:the_answer 0:-0.11 2:0.12 4:-0.12
b:the_answers 2:0.45
b:the_app 1:-0.38 4:0.31 5:0.49 6:0.11 7:0.12 11:0.1 13:-0.17
b:the_application 2:0.24
b:the_appointment 1:0.36 5:-0.13
b:the_apps 0:0.15 2:-0.17 5:-0.26 6:0.31
b:the_area 1:-0.1 2:-0.27 5:0.37
b:the_arm 6:0.15
b:the_assistant 1:0.24 4:-0.22 5:-0.16 6:-0.22
b:the_automated 0:0.12 1:-0.1
b:the_b 1:-0.17
b:the_back 0:0.12 3:0.41 4:-0.15 11:0.11 12:-0.12
b:the_bag 5:-0.33
b:the_bakery 1:0.11
b:the_ball 1:0.38
b:the_band 1:-0.4
b:the_banister 5:0.17 12:-0.14
b:the_bank 1:0.33 2:-0.12 4:-0.13 6:0.11
b:the_banks 0:0.15 1:-0.18 2:0.12 3:-0.17 5:0.39 6:-0.11 12:0.12
b:the_bar 0:0.19 1:0.23 3:0.13 5:0.36 6:0.16
b:the_barber 1:-0.12 4:-0.15 5:0.52 12:-0.18
b:the_barriers 2:0.1 6:-0.17
b:the_basin 0:0.12
b:the_bath 1:-0.13 4:-0.19 5:-0.13 10:-0.16
b:the_bathroom 0:-0.24 5:-0.36
b:the_battery 1:-0.17 2:0.16 5:0.16 12:0.1
b:the_beach 5:0.21
b:the_bed 5:-0.23
b:the_bedroom 5:-0.17
b:the_beds 5:0.17
b:the_bedside 1:0.4
b:the_bell 5:0.26 8:-0.12
b:the_best 0:0.17 1:-0.2 2:-0.14 3:-0.36 4:0.56 5:-0.13 6:0.15 12:0.21
b:the_big 0:-0.28 2:0.5 5:-0.36 6:-0.29 11:0.17
b:the_biggest 6:-0.19
b:the_bike 5:0.2
b:the_bill 0:0.31 1:0.4 3:0.14 4:0.41 5:0.57 6:-0.23 8:-0.14 11:-0.13 13:0.17
b:the_billing 6:-0.21
b:the_bin 5:0.17 12:0.1 13:-0.18
b:the_bins 0:0.27 2:-0.11 3:0.12 4:0.31 5:0.29 10:-0.1
b:the_bits 3:0.14 5:-0.28
b:the_bloke 0:-0.22 1:0.13 2:0.1 4:0.11 5:-0.24 6:-0.11
b:the_blood 0:-0.16
b:the_blue 2:0.3
b:the_board 6:0.15
b:the_bodywork 5:0.12
b:the_boiler 1:-0.16 2:0.18 3:0.61 6:-0.14
b:the_boilers 0:0.53 5:-0.42
b:the_book 0:0.18 1:-0.17
b:the_booking 1:0.2 2:0.12 4:0.3 5:-0.2 6:-0.13
b:the_bookshop 6:0.13
b:the_boot 5:0.12
b:the_boss 2:0.34
b:the_box 0:-0.21 1:-0.13 2:0.25 5:-0.37 6:0.12 9:-0.14
b:the_boxes 5:0.17
b:the_boys 5:-0.14
b:the_brakes 2:-0.16 5:0.11 9:0.12
b:the_branch 4:-0.13 5:-0.37 9:-0.17
b:the_bread 1:-0.11
b:the_break 0:-0.18 1:0.12
b:the_breakfast 3:0.11 4:0.16 5:0.2 12:0.19
b:the_bridal 8:0.19
b:the_broadband 0:0.2 5:0.16 6:-0.32
b:the_brochure 1:-0.11 5:0.3 6:-0.11
b:the_broken 0:0.18 1:-0.12 5:-0.28
b:the_budget 1:-0.11
b:the_builder 1:-0.15 2:-0.1 3:0.14 6:0.16
b:the_builders 1:-0.1
b:the_building 0:-0.17 1:-0.14 2:0.36 3:0.11 4:0.11 5:-0.2
b:the_burgers 10:-0.16
b:the_burglary 0:0.17 3:-0.18
b:the_burnt 5:0.46 12:-0.17
b:the_butcher 0:-0.16 2:0.2 8:-0.19
b:the_butchers 1:0.1
b:the_buyer 13:-0.13
b:the_cabin 0:0.17 5:0.25
b:the_cable 0:-0.1 1:-0.14
b:the_café 0:-0.17 2:-0.13 3:0.19 4:0.43 10:-0.19
b:the_cake 1:-0.2 5:0.15
b:the_call 0:0.19 4:0.19
b:the_callback 0:-0.21 5:-0.12 6:0.13
b:the_cameras 5:0.31 6:-0.1
b:the_cancellations 2:0.12
b:the_canteen 0:-0.18 1:-0.21 2:0.21 5:0.28 6:-0.14 10:-0.15 12:-0.11
b:the_car 0:0.77 1:0.28 2:-0.35 3:0.13 5:0.81 6:-0.31 8:0.22 10:-0.1 12:-0.14
b:the_card 0:0.23 2:0.15 5:-0.51
b:the_care 0:-0.13 2:-0.1 5:0.17 6:0.15
b:the_carpet 1:-0.12 3:0.13
b:the_carriage 5:0.1
b:the_cashier 6:-0.11
b:the_cashpoint 0:0.13 1:-0.21 5:-0.16
b:the_cast 5:0.28
b:the_cat 3:-0.11 5:0.22
b:the_catering 2:0.12 6:0.3
b:the_chain 5:0.27
b:the_chains 5:0.12
b:the_chair 0:0.4 5:-0.14
b:the_change 1:0.33 8:0.1
b:the_changing 0:0.1 1:0.1 2:0.16 3:0.2 4:0.23 7:-0.11 11:0.16 12:0.12
b:the_chap 2:0.11 4:-0.18 5:0.13
b:the_chat 6:0.32 13:-0.21
b:the_chatbot 5:-0.4 6:0.3 13:-0.11
b:the_cheap 5:-0.18
b:the_cheaper 0:0.19 2:0.41 4:-0.46 6:-0.12
b:the_cheapest 1:0.2 2:-0.58 4:0.11 5:-0.26 7:0.12 11:-0.24 12:0.13
b:the_check 5:0.14 6:0.12
b:the_checkout 5:-0.1 6:0.21
b:the_cheese 5:-0.18
b:the_chef 1:-0.32 5:-0.14 10:-0.17
b:the_chemist 1:-0.19
b:the_chicken 8:0.17
b:the_children 5:0.13 6:0.12
b:the_childrens 1:0.41 3:0.18 5:-0.27 8:0.16
b:the_chips 5:0.16 12:-0.23
b:the_christmas 1:-0.32 6:-0.15
b:the_church 2:0.14
b:the_cinema 5:-0.12
b:the_cinnamon 4:0.17
b:the_city 4:0.12 5:0.21
b:the_claim 2:-0.11 4:0.23 5:-0.13 6:0.34 13:0.14
b:the_claims 0:0.25 1:0.13
b:the_class 12:-0.1
b:the_classes 5:0.14
b:the_clean 3:-0.38
b:the_cleaner 1:0.17 3:-0.16
b:the_cleaners 1:-0.18 2:0.15 5:-0.3
b:the_cleanest 1:-0.12 3:0.25 10:0.13
b:the_cleaning 0:-0.13 5:0.26 9:0.1 10:0.26
b:the_cleanliness 3:0.19 4:-0.25 5:-0.12
b:the_clerk 2:0.2
b:the_click 0:0.11
b:the_clinical 5:0.18
b:the_clippers 5:0.25
b:the_clock 1:0.12
b:the_club 0:0.11 5:0.1
b:the_clubhouse 5:0.1
b:the_clubs 4:-0.11 5:0.36
b:the_clutch 2:0.2 5:0.29
b:the_coach 1:0.24 5:0.3 6:-0.18
b:the_coaches 0:0.14
b:the_coaching 5:0.18
b:the_coffee 0:-0.2 3:0.18
b:the_cold 1:0.15 6:0.15
b:the_collar 12:-0.17
b:the_college 2:-0.12 5:-0.23 6:0.13
b:the_colour 2:0.21
b:the_colours 0:0.15
b:the_committee 5:0.26
b:the_community 0:0.14 1:0.15
b:the_company 1:-0.2 5:-0.19 6:0.29
b:the_complaints 0:0.26 2:0.23 4:-0.32
b:the_complimentary 4:-0.3
b:the_computer 0:0.12 1:0.15
b:the_concierge 1:-0.21
b:the_concourse 6:0.18
b:the_conference 6:-0.13
b:the_consensus 0:0.18 5:0.17
b:the_consultant 6:0.17
b:the_consultation 0:-0.13 2:0.22 5:0.15
b:the_consulting 1:0.13 3:0.13
b:the_contact 6:0.14
b:the_contract 0:-0.12 1:0.17 4:0.16 5:-0.19 6:0.35 11:-0.12
b:the_contractor 0:0.11
b:the_contractors 5:0.16
b:the_control 2:0.15
b:the_conversation 0:-0.15
b:the_coordinator 0:-0.1 1:0.12
b:the_corner 2:-0.18 3:-0.26 5:-0.21
b:the_corridor 5:0.11
b:the_cost 2:0.25 4:-0.17 5:-0.21
b:the_cottage 5:0.2
b:the_couch 5:-0.3
b:the_council 0:0.26 1:-0.31 4:-0.42 5:0.1 6:-0.29 8:0.1 13:-0.15
b:the_councils 2:-0.13 5:-0.11 6:0.33 13:-0.14
b:the_counter 0:0.31 1:0.66 2:-0.33 3:-0.23 5:0.46 6:0.22
b:the_county 0:-0.1 1:-0.16
b:the_courier 2:-0.28 5:0.4 6:0.34
b:the_couriers 5:0.21
b:the_courtesy 5:-0.11
b:the_cream 5:0.13
b:the_credit 1:0.12
b:the_crew 1:0.37 3:-0.15
b:the_crews 5:0.29
b:the_crisps 5:-0.15
b:the_croissants 5:0.29
b:the_crown 5:-0.21
b:the_cupboard 4:-0.13
b:the_curry 2:-0.15 6:-0.11
b:the_customer 2:-0.12 4:0.22 5:0.22 6:0.23 11:-0.11 13:-0.14
b:the_customers 1:-0.18 2:0.15 5:-0.15 6:0.12
b:the_cut 0:-0.1 1:-0.12 5:0.31 6:0.39
b:the_cutlery 1:0.3 5:-0.17
b:the_damage 4:-0.12 6:0.17
b:the_damp 3:-0.14 10:0.17
b:the_dark 6:0.15
b:the_date 5:-0.13 6:-0.23
b:the_day 0:-0.29 2:-0.14 4:0.27 6:0.84 7:0.2 12:0.27 13:0.21
b:the_dealer 5:-0.11 9:0.17
b:the_dealership 2:0.11
b:the_dearest 4:0.33
b:the_debt 0:-0.19 1:-0.26 6:-0.11
b:the_deep 4:0.15
b:the_delay 6:0.18
b:the_deli 1:0.11 2:-0.13
b:the_delivery 0:-0.16 2:0.21 4:0.2 8:-0.18
b:the_dent 5:0.22
b:the_dental 1:0.18 5:-0.12
b:the_dentist 1:0.25 4:0.17 5:-0.32 6:0.15 11:0.18 12:0.11
b:the_departure 5:-0.13
b:the_depot 0:-0.34
b:the_designer 0:0.14
b:the_desk 0:0.17 1:-0.23 2:-0.13 3:0.26 4:0.17 5:0.34
b:the_desserts 6:-0.11
b:the_difference 2:0.24 5:-0.22 6:-0.15
b:the_different 4:0.13
b:the_dining 6:0.12
b:the_dinosaur 5:0.28
b:the_dirty 3:-0.62 5:0.18
b:the_discharge 1:0.13 2:0.12
b:the_discussion 0:-0.15
b:the_dispensing 0:-0.16
b:the_display 2:-0.12
b:the_doctor 2:-0.16 4:0.21 6:0.36 7:-0.11
b:the_doctors 6:0.19 9:0.11 13:-0.1
b:the_dodgy 1:0.1 5:-0.18
b:the_dominant 5:-0.17
b:the_door 0:0.12 1:0.3 2:-0.25 4:-0.19 5:-0.31 6:0.24 12:0.25
b:the_doors 7:-0.12
b:the_doorstep 0:0.11 6:-0.26 8:-0.13
b:the_dot 0:0.28 1:0.31 6:-0.13
b:the_drain 0:0.11
b:the_drinks 5:0.15
b:the_drive 3:0.21 5:-0.17 10:0.13
b:the_driver 0:0.17 2:-0.19 5:0.23 6:0.35 8:-0.12 12:-0.12
b:the_drivers 3:0.26 5:-0.49 6:0.15
b:the_driving 1:0.16
b:the_drop 0:-0.13 4:-0.3 6:-0.11
b:the_dry 0:-0.1 1:-0.12 3:-0.35 4:-0.26 5:0.4
b:the_drying 5:0.13
b:the_dust 5:-0.19
b:the_duty 1:-0.15
b:the_early 0:-0.17
b:the_east 2:0.2 4:-0.19
b:the_egyptian 1:0.12 2:0.24 6:-0.32
b:the_electrician 1:-0.43 3:0.3
b:the_email 0:0.21 4:0.12
b:the_emergency 5:-0.13 7:-0.21
b:the_end 0:0.11 3:-0.15 5:-0.38 11:0.14
b:the_energy 0:0.22 1:0.18 5:-0.26
b:the_engine 2:0.19 5:-0.16 6:-0.19
b:the_engineer 0:0.15 5:-0.35
b:the_engineers 1:0.18 5:-0.13 6:0.17
b:the_entire 1:0.14
b:the_equipment 0:0.14
b:the_estate 0:-0.15 1:-0.3 2:0.22 5:0.22
b:the_estimate 3:0.12
b:the_evening 2:0.15 5:0.14
b:the_events 1:-0.15 5:0.14
b:the_exact 0:0.13 1:-0.12 2:0.12
b:the_exercises 5:0.2 12:-0.11
b:the_exit 1:-0.15 6:0.13
b:the_expensive 1:0.11
b:the_express 0:0.56 4:-0.12 5:-0.27 6:-0.11 7:-0.21
b:the_extended 0:0.15 3:-0.12 4:0.19
b:the_extra 2:-0.37 3:-0.28 4:0.74 5:0.5 6:0.35 7:0.18
b:the_eye 2:-0.16
b:the_factory 6:0.17
b:the_family 0:-0.24
b:the_farm 1:0.18
b:the_fast 4:-0.15 5:-0.13
b:the_fault 0:0.16 1:-0.11 2:0.11 5:0.28 6:0.21
b:the_fees 0:0.22
b:the_fella 1:-0.13 4:-0.12
b:the_fence 0:0.34 5:0.11
b:the_field 0:0.11 6:-0.25
b:the_file 0:0.1
b:the_filling 4:-0.16
b:the_final 0:0.14 4:0.19 5:-0.39 6:0.17
b:the_finish 5:0.49
b:the_finished 6:0.22
b:the_fire 1:-0.14 4:-0.19
b:the_first 2:0.22 5:0.84 6:0.5 8:0.19 13:0.1
b:the_fish 2:0.25 3:-0.21 5:0.38
b:the_fitter 0:0.11 3:0.17
b:the_fitting 0:0.13 2:-0.11
b:the_fixed 1:-0.13
b:the_flat 1:-0.14 2:0.33 5:0.16 6:0.17 12:0.2
b:the_flight 0:0.22
b:the_flood 5:-0.13 6:0.16
b:the_floor 1:-0.11 2:-0.21 4:-0.11 6:0.26 10:-0.12 12:0.1
b:the_floors 0:-0.12 5:-0.18
b:the_following 0:0.35 7:-0.19
b:the_fone 0:0.1
b:the_food 1:0.17 5:0.62 6:-0.24 11:-0.11 12:0.23
b:the_footwell 5:-0.22
b:the_form 1:0.48 2:-0.14 5:-0.1 6:-0.23
b:the_forms 0:-0.12
b:the_four 5:0.11
b:the_fourth 5:0.15 9:-0.13
b:the_frames 3:-0.17
b:the_fraud 1:0.33 2:-0.19
b:the_free 4:-0.23 5:0.2
b:the_freezers 5:-0.11
b:the_fridge 3:0.19 5:0.18
b:the_fridges 5:-0.11
b:the_friendliest 0:0.15 1:0.34 5:0.11 8:-0.11 11:0.22 12:0.14
b:the_front 0:0.11 1:-0.11 2:0.17 3:0.26 5:0.35 10:-0.1
b:the_frozen 5:-0.13
b:the_fruit 5:0.13
b:the_fuel 3:0.11 5:0.22
b:the_full 6:-0.13 11:-0.11 12:0.12
b:the_fuse 0:-0.13 1:0.11 3:-0.1 5:0.1
b:the_gallery 1:0.15 4:0.18
b:the_garage 0:0.19 4:0.21 5:-0.15 11:0.13
b:the_garden 0:-0.1 1:-0.13 4:-0.14 5:0.46 6:-0.17
b:the_gas 1:0.14
b:the_gate 0:0.22 1:0.49 2:-0.14 8:-0.11
b:the_gentleman 4:-0.11
b:the_gents 3:0.12
b:the_girl 0:0.17 1:0.14 5:-0.32 6:-0.13 12:-0.11
b:the_glass 2:-0.11 3:0.24 5:-0.14
b:the_glasses 2:0.11 5:0.13 6:0.11
b:the_gluten 1:0.21
b:the_good 0:0.1 5:-0.2
b:the_gp 0:0.22 6:-0.34 9:0.11
b:the_gps 0:0.2
b:the_grade 6:-0.21
b:the_green 5:-0.15
b:the_greengrocer 2:0.16 5:-0.14 6:-0.3
b:the_groomer 1:0.28 6:0.2
b:the_ground 0:0.15
b:the_group 1:-0.35 2:-0.12 6:-0.35 11:0.12 12:0.32
b:the_groups 3:-0.12
b:the_guard 0:0.16 1:-0.24 2:0.16 5:-0.17 6:0.12
b:the_guitar 1:0.19
b:the_guy 0:-0.16 1:0.15 2:0.32 4:-0.2 5:0.42 6:-0.24
b:the_gym 0:0.22 6:-0.18
b:the_hairdresser 5:0.12
b:the_hall 3:0.46 5:-0.1
b:the_hallway 0:0.11
b:the_hand 10:0.14
b:the_handheld 6:0.32
b:the_handler 0:0.2 1:0.11 2:0.17
b:the_handling 6:0.2
b:the_handover 4:-0.13 6:0.17
b:the_hardware 4:0.13
b:the_headaches 6:-0.2
b:the_headphones 0:-0.11 1:-0.17 12:0.1
b:the_headsets 2:-0.22 6:0.25 13:0.18
b:the_health 5:0.14
b:the_heating 0:-0.17 5:0.32
b:the_helpdesk 1:0.19 2:0.25 5:-0.42 6:-0.2
b:the_helpline 1:0.27 4:-0.17 5:0.69 6:0.14 7:-0.1 12:-0.3
b:the_high 5:-0.23
b:the_highlight 0:0.17 1:-0.12 5:0.16
b:the_hinge 0:-0.11 1:-0.11 5:0.19
b:the_hmrc 4:-0.18 5:0.22 6:-0.21
b:the_hole 1:0.35 5:-0.14
b:the_holiday 3:-0.23 5:0.34
b:the_home 0:-0.22 5:-0.17
b:the_horror 3:0.11 4:0.11
b:the_hosepipe 6:0.14
b:the_hospital 0:-0.22 1:-0.29 4:0.33 5:-0.13 6:0.19 11:-0.25
b:the_hospitals 6:0.11
b:the_hosting 2:-0.11
b:the_hot 1:-0.17 5:-0.29
b:the_hotel 3:0.12 5:0.41 6:0.18
b:the_hotels 0:-0.1 4:-0.12
b:the_hour 1:0.22 2:0.14 5:-0.2 6:0.26
b:the_house 0:-0.13 5:0.4 6:-0.16
b:the_housing 2:-0.1 5:-0.1
b:the_hub 1:0.21 5:-0.16
b:the_hygienist 1:0.38 3:-0.14
b:the_id 3:-0.16 5:0.18
b:the_in 4:0.15
b:the_independent 9:0.11
b:the_info 1:0.21 2:0.2 6:-0.47
b:the_inside 3:0.25 4:0.14 5:0.21
b:the_inspection 1:-0.12
b:the_install 0:0.16 2:-0.19 6:0.21
b:the_installation 1:0.23 5:0.19
b:the_installer 1:0.21 4:-0.26
b:the_instructions 5:0.29
b:the_instructors 0:-0.28 3:0.11 4:0.12 5:0.27
b:the_insurance 5:-0.14 6:-0.13
b:the_insurer 1:0.14 2:-0.14
b:the_insurers 2:0.19
b:the_interest 4:0.12
b:the_interior 0:0.26 5:0.15
b:the_invoice 0:-0.19 2:-0.15 4:0.35
b:the_isa 1:0.15
b:the_issue 5:-0.23
b:the_job 0:-0.3 1:-0.12 4:0.2 5:-0.22 6:-0.17 11:0.12
b:the_jobcentre 0:0.25
b:the_junction 5:0.29
b:the_juniors 1:0.24 5:-0.13 8:-0.18
b:the_kennel 4:0.1
b:the_kettle 0:0.12 5:0.13 6:0.32 12:-0.13
b:the_key 4:0.31 5:-0.21
b:the_keys 0:0.29 6:-0.11
b:the_kids 1:-0.1 3:-0.25 5:0.53 12:0.17
b:the_kindest 5:0.15 8:0.14
b:the_kitchen 1:0.33 3:-0.15 5:0.17 6:0.14 7:-0.14
b:the_knee 4:0.11 5:0.14 6:0.15
b:the_knowledge 5:-0.14
b:the_lab 5:0.11
b:the_label 1:-0.17 2:0.25 4:-0.17 5:-0.14 9:-0.13
b:the_lad 0:0.12 1:-0.18 2:0.19 3:0.13 6:-0.43
b:the_ladies 3:0.23
b:the_lads 1:0.2 4:0.1 5:-0.2
b:the_lady 2:0.34 4:0.18 5:0.16 6:0.26 8:0.16 9:0.19
b:the_lamb 4:0.28 5:0.24 11:-0.13
b:the_landlord 1:0.27 5:0.17
b:the_language 6:-0.21
b:the_laptop 6:-0.16
b:the_lasagne 5:0.1
b:the_last 0:0.11 3:0.13 5:-0.45 6:-0.27 12:-0.17
b:the_late 4:0.68 5:-0.24 11:0.11
b:the_lattes 3:0.12 5:0.2
b:the_laundrette 0:0.15 2:0.19 6:-0.16 10:0.17
b:the_layout 0:-0.14
b:the_leaflet 1:-0.14 2:0.14 5:-0.13
b:the_leak 0:0.4 2:0.16 5:0.27 12:0.18
b:the_leeds 5:-0.12
b:the_leisure 1:-0.31 2:-0.14 3:0.12 4:-0.11 5:-0.29
b:the_length 0:0.16 5:-0.14
b:the_lenses 5:-0.1
b:the_lessons 5:0.11
b:the_letter 0:0.38 2:-0.23 3:-0.1 5:-0.2 6:0.14
b:the_letting 2:-0.18 6:0.31 12:0.1 13:-0.1
b:the_librarian 2:0.2
b:the_librarians 1:0.12
b:the_library 0:-0.2 1:-0.18 2:-0.14 3:0.2 5:0.28 6:0.1
b:the_librarys 1:0.29 2:-0.11 5:-0.32
b:the_lid 4:-0.19
b:the_lids 5:0.11
b:the_lifeguards 1:0.12
b:the_lift 5:-0.17
b:the_line 5:0.28
b:the_list 0:0.27 2:0.14 5:0.14 11:0.13
b:the_little 1:0.2 4:0.21 5:-0.15
b:the_loan 2:0.11 4:0.13
b:the_local 4:0.13 5:0.18 6:0.13
b:the_lock 0:-0.16 2:0.19 5:0.21
b:the_locker 0:0.36
b:the_lockers 5:0.3
b:the_locum 1:0.1 2:0.25
b:the_lodge 4:0.12
b:the_loft 0:0.1 1:-0.15 5:-0.34
b:the_long 4:0.31 5:-0.15 11:-0.1
b:the_look 2:-0.12
b:the_loop 1:0.11 6:0.17 13:0.12
b:the_loss 0:-0.12
b:the_lot 6:0.11 12:0.11
b:the_lounge 5:-0.13
b:the_lovely 1:0.33 8:-0.12
b:the_lowest 0:0.22 1:0.11
b:the_lunch 0:-0.2
b:the_m 0:0.19
b:the_machine 0:-0.12 2:-0.1 5:-0.16
b:the_machines 2:0.23 5:0.33 6:-0.16 8:0.14
b:the_main 2:-0.11 3:-0.11 4:0.19 5:0.2 12:0.18
b:the_man 2:0.11 3:0.19 5:0.31 9:-0.11
b:the_manager 0:-0.31 1:0.67 2:-0.36 4:0.12 5:-0.11
b:the_managers 0:-0.15 5:0.12
b:the_manufacturer 1:0.21 6:-0.18
b:the_massage 5:0.16
b:the_mats 3:0.28 4:0.13
b:the_meal 2:0.19 6:-0.15
b:the_meantime 0:0.46 5:-0.23
b:the_meat 1:0.19 4:0.28 5:-0.19
b:the_mechanic 0:-0.28 1:-0.32 2:0.29 6:0.18
b:the_mechanics 2:0.11
b:the_members 2:-0.12
b:the_membership 4:0.11
b:the_mental 0:-0.15 6:0.27
b:the_menu 0:-0.21 4:-0.11 5:0.33 6:0.32
b:the_microwave 3:-0.19
b:the_middle 1:-0.13 3:-0.12 5:0.35
b:the_milk 0:0.13 5:-0.32 6:-0.14
b:the_minute 0:-0.49 6:0.27
b:the_mix 6:0.13
b:the_mobile 2:0.15 5:0.18 6:-0.17 8:-0.11
b:the_moderator 0:-0.15 2:-0.11 10:0.16
b:the_moment 1:0.13 6:-0.12
b:the_monday 0:0.13 3:-0.2 6:-0.1 7:0.11 12:0.13
b:the_money 0:0.25 5:-0.27
b:the_monthly 1:0.1 4:0.15 5:-0.24 6:0.26
b:the_morning 3:0.1
b:the_mortgage 5:-0.25 6:0.12
b:the_most 1:-0.16 4:0.39
b:the_mot 4:-0.11 5:-0.31
b:the_museum 1:0.11 6:-0.25
b:the_music 1:0.35 4:0.13
b:the_naan 0:0.35 5:0.22
b:the_nail 6:-0.15 12:-0.13
b:the_name 2:0.34
b:the_negotiator 4:0.12
b:the_neighbours 3:0.17 4:0.11
b:the_nervous 1:0.15
b:the_network 5:0.25 12:-0.1
b:the_networks 5:0.47
b:the_new 0:-0.14 2:-0.25 3:-0.35 5:0.24 6:-0.26 7:0.24 9:-0.28 10:0.1 13:0.35
b:the_next 0:0.24 3:0.16 4:0.15 5:0.31 7:0.26 13:0.17
b:the_nhs 0:0.1
b:the_night 0:0.12 1:0.28 7:0.13
b:the_noise 2:0.26 5:-0.18 12:0.18
b:the_notes 6:0.17
b:the_number 0:-0.21 5:0.11
b:the_nurse 2:-0.21 8:0.16
b:the_nursery 6:0.27
b:the_nurserys 2:0.15 10:-0.13
b:the_nurses 0:0.15 2:0.19
b:the_office 1:0.27 5:0.46 6:0.26
b:the_officer 0:0.18 1:0.22 6:-0.14
b:the_official 1:-0.17 5:0.18 12:0.12
b:the_old 1:0.16 4:0.12 5:0.33 6:-0.31 12:0.11
b:the_older 2:0.27 6:-0.2 9:0.11 13:-0.19
b:the_one 1:-0.14 2:0.21 3:0.31 4:-0.13 5:-0.18 6:0.14 8:-0.15 13:-0.1
b:the_ones 1:0.21 2:-0.17 3:0.15 6:0.16 9:0.1
b:the_online 1:-0.18 3:-0.11 4:0.2 6:0.21
b:the_only 0:0.28 4:-0.14 5:-0.12 6:0.28 7:0.16 11:0.28 12:0.14 13:0.22
b:the_operation 2:-0.12 5:-0.13
b:the_optician 2:0.28 6:0.15 8:0.12
b:the_opticians 1:-0.37 4:0.13 5:-0.26 13:0.13
b:the_options 2:0.13 4:-0.11 6:0.12
b:the_optometrist 0:-0.11
b:the_original 0:-0.21 4:0.21 5:-0.1
b:the_other 0:0.43 1:0.27 3:0.25 8:-0.12
b:the_others 9:0.11
b:the_out 5:-0.15 6:0.24
b:the_outcome 6:-0.16
b:the_oven 5:0.26
b:the_overdraft 4:0.11
b:the_own 2:0.14 5:0.28
b:the_owner 1:-0.18 2:0.16 4:0.21
b:the_packaging 1:0.11 3:0.16
b:the_pads 1:-0.11 2:0.14
b:the_paint 0:-0.15 1:0.22 2:0.3 3:-0.26 5:-0.11 9:-0.1
b:the_paper 0:0.11 5:0.37 6:-0.12
b:the_paperwork 3:0.1
b:the_parcel 1:0.2 5:-0.14
b:the_parents 1:-0.25 5:-0.22
b:the_part 1:0.28 4:0.44 5:-0.14 6:-0.11
b:the_party 2:-0.12 5:0.23
b:the_passport 0:0.35 2:-0.13 5:-0.27 7:0.24
b:the_past 2:0.14
b:the_path 0:0.29 3:0.47 5:-0.24
b:the_patio 12:-0.14
b:the_pavement 5:-0.17 6:0.17
b:the_pay 6:-0.19
b:the_payment 0:0.16
b:the_payout 0:0.19 5:0.23
b:the_pen 10:-0.13
b:the_penny 1:-0.1 6:0.15
b:the_pension 6:-0.24
b:the_people 1:0.28 2:0.12 5:-0.14
b:the_person 2:-0.12
b:the_pet 1:-0.2 2:0.13 6:-0.18
b:the_pharmacist 0:-0.25 1:-0.25 2:0.35 5:0.28 6:-0.17 9:0.29 12:0.12
b:the_pharmacy 0:0.31 2:-0.12 5:-0.31 6:-0.13
b:the_pharmacys 0:-0.13
b:the_phone 0:0.38 1:0.34 2:0.35 3:-0.15 4:0.28 5:-0.54 9:-0.17 11:-0.11
b:the_phones 2:0.29 5:-0.11
b:the_photo 1:-0.11 2:0.21 5:0.38
b:the_photos 0:0.12 4:0.1 5:0.33
b:the_physio 0:-0.32 1:-0.12
b:the_piano 1:0.13 5:0.15
b:the_picture 0:0.15 5:0.18 12:0.18
b:the_pillow 3:0.26 5:-0.31
b:the_pilot 6:0.54
b:the_pizza 4:0.29
b:the_place 1:0.13 2:-0.13 3:0.47 5:0.27 7:-0.12 10:-0.19
b:the_placement 5:0.19
b:the_plane 5:-0.18
b:the_plaster 10:0.22
b:the_plates 3:-0.28
b:the_platform 0:0.16 2:-0.2 6:0.17
b:the_play 1:-0.12 5:-0.14
b:the_playground 0:-0.23 1:0.19
b:the_plumber 2:-0.12 5:-0.31 6:0.14 8:0.19
b:the_plumbing 1:0.11
b:the_plus 0:0.19 2:0.11
b:the_point 4:0.15 6:0.19
b:the_policy 0:0.23 2:0.22 4:-0.14
b:the_pool 0:-0.12 1:0.18 6:0.39 7:0.11 12:-0.22
b:the_pools 0:0.21 1:-0.11
b:the_portions 0:0.14 1:-0.13 5:0.14
b:the_positive 2:0.12
b:the_post 0:0.28 2:-0.1 5:-0.13
b:the_power 1:-0.33 5:-0.16
b:the_practice 0:0.18 1:-0.19 2:-0.4 4:0.21 5:-0.17 6:0.16
b:the_practices 6:0.11
b:the_premium 5:0.31 6:-0.13
b:the_prescription 2:-0.1
b:the_pressure 3:0.24 5:-0.11
b:the_previous 2:0.22 3:0.23
b:the_price 0:0.13 2:-0.23 3:0.13 4:0.56 5:0.18 6:-0.17 7:0.13 8:-0.13
b:the_prices 4:0.38 5:-0.17
b:the_printer 5:-0.15
b:the_printing 0:0.16 2:-0.14 6:0.23
b:the_priority 0:0.22 4:-0.24
b:the_private 0:0.23
b:the_privilege 11:-0.11
b:the_problem 2:0.19 6:-0.19 11:-0.11
b:the_process 1:0.15
b:the_product 6:-0.1
b:the_products 2:0.12
b:the_provider 4:-0.1
b:the_providers 1:0.15
b:the_pt 2:0.11
b:the_pub 0:-0.17
b:the_quality 5:0.32 12:-0.1
b:the_queue 0:0.6 1:-0.12 5:-0.35 6:0.17 7:-0.2 13:-0.12
b:the_queues 0:0.28
b:the_quick 0:0.34
b:the_quickest 0:0.39
b:the_quiet 3:-0.16 5:0.12
b:the_quote 0:0.24 4:0.38 5:0.18 6:0.12
b:the_rail 0:-0.1 2:0.3 6:-0.27
b:the_rain 1:-0.19 5:0.17
b:the_ramp 6:0.17 7:-0.13
b:the_rash 1:-0.12 2:0.19
b:the_rattle 0:-0.1 2:0.26 5:-0.13 9:0.11
b:the_real 1:-0.2 6:0.12
b:the_rear 5:-0.1
b:the_reason 1:0.27 2:-0.18 5:-0.27 6:-0.12
b:the_receipt 2:-0.33 3:-0.13 4:-0.16
b:the_recent 0:-0.13
b:the_reception 6:-0.13 8:-0.13 9:0.1
b:the_receptionist 1:0.57 4:-0.15 5:-0.24 6:0.3 8:-0.23
b:the_receptionists 1:0.1
b:the_recurring 1:0.13 8:-0.11
b:the_red 3:0.24 5:0.2
b:the_refit 2:-0.13 13:-0.1
b:the_refund 2:0.14 6:-0.41 13:0.14
b:the_refurbished 6:0.19
b:the_regional 5:-0.16
b:the_regulars 5:0.19
b:the_regulations 0:0.1
b:the_relaxation 1:0.15
b:the_removal 1:-0.15 3:0.11 5:0.24
b:the_removals 3:0.32 5:0.22
b:the_renewal 4:-0.14
b:the_rent 5:-0.15
b:the_rep 0:-0.16 1:0.16 5:-0.21
b:the_repair 0:-0.13 2:-0.11 6:0.19 11:0.15 13:0.17
b:the_replacement 0:-0.11 5:0.42
b:the_report 5:0.37 6:-0.13
b:the_resort 0:-0.13
b:the_rest 0:0.11 2:0.14 6:-0.18
b:the_restaurant 0:0.36 1:-0.12 3:0.14 8:0.13
b:the_results 0:0.18 1:-0.14
b:the_retail 5:0.13
b:the_return 5:0.11
b:the_returns 2:0.12 5:0.12 6:0.32 12:-0.14 13:0.11
b:the_rice 0:0.37 5:0.2 6:-0.15 12:-0.12
b:the_ride 4:0.12
b:the_right 0:0.53 2:0.43 3:-0.11 6:-0.12 9:0.25
b:the_ring 0:-0.24
b:the_rise 0:-0.1
b:the_risks 6:0.12
b:the_road 1:-0.24 2:0.11 3:-0.15 5:-0.2 11:-0.13 12:-0.1
b:the_roadside 5:0.31
b:the_roast 5:0.16
b:the_roof 1:-0.13 4:-0.16 5:0.15 9:0.12 12:0.11
b:the_room 1:0.2 2:-0.16 3:0.14 4:0.16 5:0.49 6:0.3 12:0.15
b:the_rooms 3:0.12 5:0.1
b:the_rota 0:0.27 1:-0.15 6:-0.12
b:the_router 0:-0.11 1:-0.13 2:0.15 5:-0.1
b:the_rubbish 0:-0.23 5:0.14
b:the_rules 2:0.13 5:-0.12 13:-0.13
b:the_sale 5:0.25
b:the_sales 2:-0.13 5:-0.11 6:0.31
b:the_salesman 4:0.12 5:-0.15 6:0.13
b:the_salon 5:-0.16
b:the_same 0:-0.23 1:-0.18 4:-0.19 5:0.41 6:0.1 10:-0.17
b:the_sandwich 5:0.38
b:the_sat 1:0.11 5:0.25 6:0.1
b:the_saturday 0:-0.19 1:-0.28 2:0.22 5:-0.21 6:-0.1
b:the_savings 4:-0.12
b:the_scan 0:0.29
b:the_scanners 2:-0.12 6:0.22
b:the_school 5:-0.11 6:0.31
b:the_screen 0:-0.12 5:0.21 12:-0.12
b:the_screens 1:-0.16 5:0.23
b:the_seat 5:0.28
b:the_seats 0:-0.13 5:-0.27
b:the_second 0:0.17 4:0.11
b:the_self 0:0.22 5:-0.2 6:-0.25
b:the_service 1:0.15
b:the_session 5:-0.26 6:0.22
b:the_sessions 0:0.16 6:-0.12
b:the_shading 5:0.17
b:the_shelf 1:0.26 2:0.41
b:the_shelves 0:-0.11 1:-0.11 5:0.1 6:0.18
b:the_shirts 5:0.11
b:the_shoes 0:-0.11 5:0.13
b:the_shop 0:-0.22 1:-0.3 5:0.38 11:-0.13
b:the_shops 0:-0.12 1:0.25 2:-0.11 6:-0.17
b:the_shower 0:0.16 2:-0.15
b:the_showers 0:0.17 2:0.13 3:-0.22 4:0.1 5:0.19 6:-0.11
b:the_showroom 2:0.22 6:-0.1
b:the_side 0:-0.28 2:-0.13 4:0.13 5:0.24 6:0.12
b:the_site 2:-0.13 5:0.23
b:the_six 0:0.2 4:0.14
b:the_size 2:0.11 5:-0.1
b:the_skirting 0:0.12 2:0.2 10:0.15
b:the_slides 0:-0.13 5:0.16 6:0.23
b:the_slightest 1:0.14 5:-0.12 8:-0.23
b:the_slow 0:-0.27 5:-0.11
b:the_slowest 0:0.15
b:the_small 11:-0.14
b:the_smart 2:0.14 5:-0.12
b:the_smell 0:0.1 5:0.19
b:the_snack 5:0.16
b:the_sofa 0:0.1 5:-0.21
b:the_soft 1:-0.24 5:-0.2
b:the_software 6:-0.13
b:the_solicitor 4:0.13 6:0.21
b:the_solicitors 4:-0.12
b:the_sommelier 2:0.15
b:the_sore 6:0.14
b:the_sourdough 1:0.15 5:0.26
b:the_spa 4:0.3
b:the_spec 5:-0.13 6:-0.17
b:the_specialist 0:0.17
b:the_spot 0:0.28 5:0.11 6:0.37 13:0.12
b:the_staf 1:0.15
b:the_staff 0:-0.32 1:0.58 5:-0.34 11:-0.23
b:the_standard 5:0.21
b:the_start 2:-0.21 5:-0.21 6:0.38 7:0.22 13:0.11
b:the_station 0:0.11 6:-0.16 11:0.13
b:the_stay 5:0.13
b:the_steering 3:0.3 5:-0.33
b:the_steps 1:0.29 6:0.12
b:the_sticker 5:0.16
b:the_sticky 0:-0.15 3:-0.12 5:0.1
b:the_stockroom 3:-0.27
b:the_store 1:0.13 5:0.24 6:-0.3
b:the_strawberries 0:-0.17 4:-0.14
b:the_street 0:0.12 5:-0.25
b:the_streetlight 0:0.12 5:-0.3
b:the_student 4:-0.13
b:the_stuff 1:-0.19 2:0.13 5:-0.3
b:the_stylist 1:0.28 5:0.21
b:the_suit 0:-0.2
b:the_sunday 1:-0.1 11:-0.1
b:the_supermarket 0:0.3 1:0.15 4:0.25 5:-0.3
b:the_supermarkets 5:0.16
b:the_supervisor 1:0.22
b:the_support 2:0.15 5:-0.19 6:-0.13
b:the_surgery 0:0.26 2:0.19 5:-0.13 8:-0.13 9:0.12
b:the_survey 5:0.42 6:-0.1
b:the_surveyor 2:0.45 6:-0.13
b:the_swimming 4:-0.26 11:0.2
b:the_switch 4:0.12 5:-0.11
b:the_switching 5:-0.13
b:the_system 0:0.16 1:-0.16 2:0.24 4:0.27 11:0.1
b:the_table 2:0.13 7:0.15 12:0.1
b:the_tables 3:0.13 5:-0.14
b:the_tablets 0:0.12 1:-0.15 2:-0.13 5:-0.11
b:the_takeaway 0:0.12
b:the_tap 5:0.39 6:-0.12 12:-0.15
b:the_tasting 6:0.15
b:the_tattoo 5:-0.12 10:-0.13
b:the_tax 2:0.37
b:the_taxi 3:-0.14
b:the_tea 5:-0.18
b:the_team 1:-0.14 2:0.34
b:the_teas 1:0.14 3:0.15 6:0.19
b:the_technician 0:0.1 1:-0.17 2:0.38 5:-0.3
b:the_ten 0:0.17
b:the_tennis 1:0.18
b:the_tests 6:0.42 13:-0.12
b:the_thai 0:0.3 6:-0.1
b:the_therapist 2:0.14 5:-0.22
b:the_therapists 5:-0.13 8:-0.13
b:the_thing 4:-0.11
b:the_third 5:0.13
b:the_three 0:0.28 5:-0.26
b:the_ticket 1:0.21 2:0.24 7:0.13
b:the_tidiest 3:0.16
b:the_till 0:0.18 2:-0.45 5:-0.23
b:the_tills 0:0.23 1:0.39 5:0.12 6:-0.14
b:the_time 0:0.12 5:-0.17 6:-0.21 12:-0.18 13:0.11
b:the_timing 5:-0.18
b:the_tin 5:0.11
b:the_tip 1:0.38 5:-0.25 6:-0.11 8:0.13
b:the_toilet 3:0.11
b:the_toilets 0:-0.14 1:0.16 3:0.28 5:0.15 11:-0.11 12:0.1
b:the_top 1:-0.26 2:0.19 4:0.16 12:-0.12
b:the_total 5:-0.11
b:the_touch 5:0.27
b:the_town 5:-0.11
b:the_tracking 0:0.2 1:-0.14
b:the_trade 2:0.18
b:the_train 0:0.17 5:-0.37 6:0.31 11:-0.18
b:the_trainer 2:-0.13 5:-0.12
b:the_training 2:-0.2 6:-0.13
b:the_trains 0:0.12 6:0.13
b:the_travel 6:0.23
b:the_treadmills 0:-0.12 5:0.28
b:the_treatment 1:-0.24 4:0.23 5:0.13
b:the_truth 2:-0.1
b:the_tuesday 4:0.13 5:-0.11
b:the_turnaround 5:-0.11
b:the_tutor 2:0.21 5:-0.11 6:-0.4 9:-0.23
b:the_tutoring 1:0.29 5:0.3
b:the_tutors 1:-0.2 5:-0.19
b:the_two 0:0.11 1:-0.2 4:-0.13 6:0.15 7:-0.12
b:the_tyre 1:0.14 2:0.72 4:-0.24 6:-0.14 7:0.12 9:0.15
b:the_tyres 2:-0.17 6:-0.11
b:the_under 0:-0.13 1:0.34
b:the_uni 2:0.18 4:-0.21
b:the_university 0:0.19
b:the_universitys 0:0.12
b:the_update 0:-0.15
b:the_updates 0:0.11 5:-0.11 6:0.12
b:the_urgent 0:0.55 1:-0.31 2:0.24 4:-0.1
b:the_usual 0:0.12 4:0.18
b:the_van 1:0.14 3:0.12 5:-0.31
b:the_veg 2:0.18
b:the_vegetarian 2:0.13 5:0.23 12:-0.11
b:the_vending 7:-0.14
b:the_venue 1:0.19 4:-0.11
b:the_very 6:0.2
b:the_vet 0:0.24 5:-0.34 6:0.25
b:the_vets 0:0.15 2:-0.15 5:-0.15 6:-0.22
b:the_video 1:-0.14 5:0.17
b:the_view 3:-0.15 5:-0.16
b:the_visit 2:0.17 5:-0.14
b:the_volunteer 1:-0.1 4:-0.17 6:0.15
b:the_volunteers 1:0.12 5:-0.26
b:the_wait 0:-0.15 1:0.2 4:-0.24 5:0.11 7:-0.24 8:0.18 12:0.12
b:the_waiter 1:0.21 5:0.26 8:0.12 10:-0.18 12:-0.14
b:the_waiting 0:-0.63 2:0.33 3:0.37 6:0.17 9:0.1 10:0.11 12:0.17
b:the_waitress 5:-0.2
b:the_waits 1:-0.1 5:0.13
b:the_walk 2:0.33 9:-0.1
b:the_wall 0:-0.1
b:the_walls 5:0.23
b:the_ward 2:-0.18 3:0.29 4:-0.12 5:-0.12
b:the_warden 1:0.37 6:-0.18
b:the_wardrobe 5:0.13
b:the_warehouse 0:0.17
b:the_warm 1:-0.13 6:0.21
b:the_warmest 1:0.23 8:-0.12
b:the_warranty 0:-0.27 2:0.3
b:the_wash 4:-0.22
b:the_washing 1:0.15 5:-0.18
b:the_water 0:-0.12 5:-0.19 6:0.34 8:0.15 11:0.16 12:0.12
b:the_way 0:-0.33 1:0.38 3:-0.1 4:0.14 5:-0.16 13:0.11
b:the_website 1:-0.14 2:0.12 4:0.29 5:-0.16 6:-0.2 9:-0.12 11:-0.21
b:the_wedding 0:-0.14 1:-0.32 2:-0.14 4:-0.14 5:-0.13 6:0.46
b:the_wednesday 3:-0.25 5:0.13 12:0.11
b:the_week 0:-0.65 3:-0.12 5:0.46 12:-0.15
b:the_weekend 5:-0.33
b:the_weekly 4:-0.13 6:0.13 13:0.13
b:the_welcome 1:-0.16
b:the_wheels 4:0.13 5:0.22 7:-0.13 13:-0.13
b:the_wheres 6:0.18
b:the_whole 0:-0.25 1:0.14 5:-0.35 6:0.34 9:0.1
b:the_wifi 0:0.16 1:-0.17 4:-0.27 5:0.52 12:-0.27
b:the_window 5:0.11
b:the_windows 3:0.26 4:0.14
b:the_windscreen 5:0.1
b:the_wine 5:0.12 11:0.13
b:the_woman 0:-0.24 1:0.61 8:0.1
b:the_work 3:0.26 5:0.34 6:0.13
b:the_workshop 5:0.28 6:0.12
b:the_world 2:-0.1 5:0.12 6:0.17
b:the_worn 1:-0.24 6:0.33
b:the_worst 5:-0.21 6:-0.11
b:the_written 4:0.11
b:the_wrong 2:0.25 3:-0.18 4:-0.38 5:0.28 6:0.13 9:-0.38
b:the_x 6:-0.19
b:the_young 4:0.11
b:the_younger 0:-0.22 5:0.22
b:the_zip 5:0.18
b:the_£ 0:0.15 1:0.16 4:0.57 5:0.57 6:0.41 9:0.2 10:0.1 11:-0.3 12:0.13
b:their_appointment 1:-0.1
b:their_bill 4:-0.19
b:their_booking 0:0.11
b:their_cases 1:-0.15
b:their_claim 0:-0.11 6:0.12
b:their_credit 0:0.12 1:-0.11 5:0.28 6:0.19
b:their_dog 1:0.12 4:-0.11
b:their_door 5:-0.11
b:their_feet 8:0.11
b:their_medication 6:0.11
b:their_order 6:0.31
b:their_own 4:0.15 6:-0.13 11:-0.15
b:their_parcel 5:-0.12
b:their_phones 0:0.4
b:their_plants 2:0.13
b:their_prescription 5:-0.11 6:0.25
b:their_problem 0:-0.11 1:0.23 5:0.1 6:-0.25 8:-0.11
b:their_results 1:-0.17 2:-0.21
b:their_stuff 2:0.38 3:0.14 5:0.15 9:0.14 13:-0.11
b:their_trolleys 0:0.23 1:-0.18
b:their_way 1:-0.29
b:their_weekend 1:0.2 2:-0.16 8:-0.14
b:their_wines 5:-0.13
b:them_? 0:0.35 5:0.18
b:them_a 0:-0.1 5:-0.31
b:them_again 13:0.11
b:them_and 0:0.17 5:-0.13
b:them_as 5:0.12
b:them_at 0:-0.17 5:0.46
b:them_back 1:-0.12 3:0.22 5:-0.23
b:them_before 4:0.11
b:them_by 1:0.34 2:-0.36
b:them_down 1:0.12 5:0.13
b:them_feel 0:0.1 6:-0.1
b:them_for 0:0.29 1:0.13 6:-0.12 7:0.11 13:0.11
b:them_have 5:0.14 6:0.16
b:them_if 0:-0.12 4:-0.22
b:them_in 0:0.24 2:-0.11 4:0.1 5:-0.15
b:them_know 6:0.15
b:them_off 1:0.17 6:-0.11
b:them_properly 2:0.18
b:them_really 5:-0.11
b:them_that 0:0.33 2:0.15 6:0.22
b:them_the 3:-0.13 4:0.1 5:-0.12 6:0.25
b:them_three 2:-0.1 3:-0.2
b:them_through 5:-0.11
b:them_to 4:0.11 5:-0.13 6:0.44
b:them_were 6:0.15
b:them_when 0:-0.15 1:0.1
b:them_with 2:-0.13
b:themselves_are 6:0.23
b:themselves_to 6:0.12
b:themselves_were 0:-0.17 1:0.14 2:-0.12 5:0.1
b:then_another 0:-0.24 6:0.13
b:then_cut 0:0.17 6:-0.24
b:then_emailed 4:0.12
b:then_got 5:-0.16
b:then_he 5:-0.12
b:then_i 0:-0.12 3:0.16
b:then_it 5:0.11
b:then_left 0:0.18 4:-0.12
b:then_nobody 4:-0.27 5:0.21
b:then_nothing 0:0.3 3:0.14 5:0.31
b:then_said 5:-0.3
b:then_the 0:-0.12 1:-0.23 2:0.28 9:-0.17
b:then_there 6:0.15
b:then_they 5:0.41
b:then_theyre 4:0.17 6:0.11 11:0.11
b:then_told 1:0.13
b:then_we 6:0.16
b:then_went 6:-0.21
b:then_£ 5:0.12
b:theory_but 5:-0.28
b:therapist_was 5:-0.3
b:there_and 1:0.44 5:0.14 6:-0.22 8:0.24 9:0.13 13:-0.13
b:there_are 5:0.23 11:0.14
b:there_for 0:-0.24 2:-0.16 6:0.2
b:there_in 5:-0.36
b:there_like 5:-0.15
b:there_the 0:0.19
b:there_until 0:0.32 4:-0.12
b:there_was 0:0.17 1:0.34 3:0.16 4:0.15 6:0.21 7:0.11 11:-0.13
b:there_wasnt 0:-0.14 6:0.19
b:there_were 0:-0.14 1:-0.13 5:-0.61
b:thered_be 6:0.16
b:theres_a 0:-0.18 2:-0.13 3:-0.41
b:theres_no 0:-0.18 2:0.14 5:0.2
b:theres_nothing 2:0.29
b:theres_only 0:-0.14 3:0.16 5:0.24
b:these_days 1:0.11 5:-0.14
b:these_lot 2:0.1 4:-0.24
b:these_things 4:-0.14 6:0.12
b:they_actually 0:0.39 1:-0.11 5:-0.25
b:they_advertised 0:-0.12 5:0.28 12:-0.11
b:they_all 2:0.11
b:they_also 4:0.1 5:0.2 6:-0.16
b:they_always 1:-0.26 2:-0.2 5:-0.18
b:they_are 0:0.13 6:0.12
b:they_ask 5:0.36 6:-0.1
b:they_called 13:0.18
b:they_came 3:0.11 4:0.34 5:0.17
b:they_can 0:-0.34 5:-0.15 6:0.49 12:0.14
b:they_cancelled 4:-0.1 5:0.1
b:they_cant 0:0.11 2:-0.27 6:0.36 13:-0.27
b:they_changed 0:0.31
b:they_charged 0:0.1 3:-0.17 4:0.36 5:-0.18
b:they_choose 0:-0.11 1:-0.13
b:they_cleaned 5:0.22
b:they_clearly 1:0.24
b:they_come 1:0.23 5:0.2
b:they_complain 0:0.12
b:they_contact 4:-0.11
b:they_could 2:-0.11 4:-0.15
b:they_cut 2:0.23 5:-0.24 7:-0.1
b:they_described 1:0.17
b:they_did 0:0.14 2:-0.1 3:0.18 5:-0.16 6:0.19 11:0.26 12:0.14
b:they_didnt 1:0.45 2:-0.3 4:0.19 5:-0.34 6:-0.17 13:0.13
b:they_do 1:-0.1 2:-0.15 4:0.1 5:-0.24 6:0.14
b:they_dont 0:-0.31 5:-0.14
b:they_emailed 0:0.1 6:0.1 13:0.13
b:they_end 5:-0.16 6:-0.11
b:they_explained 2:0.14
b:they_feel 1:-0.19 4:0.4
b:they_felt 0:0.22 6:0.12 13:-0.11
b:they_finally 2:-0.22 6:0.12
b:they_find 2:0.13 6:-0.15
b:they_fitted 0:0.11
b:they_fixed 5:0.25
b:they_found 0:0.16 2:-0.21 11:-0.25
b:they_gave 0:0.11 5:0.35
b:they_get 2:-0.11 3:-0.19 5:0.38 12:0.12
b:they_go 4:0.12 5:-0.11
b:they_got 0:-0.15 5:0.4
b:they_had 0:0.22 2:-0.27 3:0.2 6:0.11 10:0.21 12:0.11
b:they_hadnt 5:0.11
b:they_handled 0:0.2 2:0.15 5:0.12
b:they_hate 5:-0.12
b:they_have 0:0.41 1:-0.17 5:-0.22 6:-0.1
b:they_hear 4:-0.11 11:-0.12
b:they_just 1:0.19 5:-0.17 8:-0.13
b:they_keep 5:-0.16
b:they_kept 0:0.14 2:-0.12 4:0.23
b:they_knew 1:-0.12 5:-0.24
b:they_knocked 0:0.17 5:-0.33
b:they_know 2:0.14 5:-0.15 6:0.16
b:they_left 0:-0.3 3:0.33 5:-0.17 10:-0.11
b:they_lost 5:0.63
b:they_managed 5:0.12 12:-0.16
b:they_need 10:-0.11
b:they_never 2:-0.16 5:-0.18 13:-0.25
b:they_no 0:-0.19
b:they_notice 5:-0.13
b:they_now 5:0.11
b:they_paid 2:-0.13
b:they_praised 1:-0.15 2:0.25
b:they_promised 0:-0.56 5:0.28
b:they_put 8:-0.12
b:they_quoted 6:-0.22
b:they_rang 1:0.14 4:-0.14 6:0.3 7:0.12
b:they_really 5:0.1
b:they_recommended 1:0.26 2:0.11
b:they_refunded 5:0.18 6:-0.26
b:they_replaced 0:-0.1 1:-0.12 5:0.23 12:-0.11
b:they_ring 5:-0.18
b:they_said 0:-0.19 1:-0.11 2:0.32 3:0.15 4:0.14 5:0.43 6:-0.45 7:-0.11 13:0.13
b:they_say 1:-0.1 2:0.13 4:-0.17 7:0.1
b:they_scratched 6:0.12
b:they_see 4:0.14
b:they_sell 2:0.1
b:they_sent 0:-0.18 1:-0.1 5:0.29 6:0.18
b:they_sold 2:0.12 5:0.2 6:-0.13
b:they_sorted 5:0.1 6:0.17
b:they_speak 9:0.18
b:they_squeezed 1:0.12 6:-0.12
b:they_still 0:-0.38 1:0.24 5:-0.24 6:-0.27
b:they_swapped 0:-0.13 1:-0.12 5:0.11 6:0.49 13:0.17
b:they_take 6:-0.11
b:they_tell 5:-0.14
b:they_text 5:0.17 6:0.1
b:they_told 4:-0.12 5:-0.22 7:0.17 13:0.1
b:they_took 0:-0.21 4:-0.44 7:-0.11
b:they_turn 0:-0.2 6:0.14
b:they_used 0:0.26
b:they_wait 6:-0.13
b:they_waited 0:-0.16
b:they_wanted 5:-0.1 6:0.23
b:they_were 0:-0.21 1:-0.54 2:0.24 3:-0.18 5:-0.12 6:0.26 9:-0.17 10:-0.14 13:-0.12
b:they_werent 1:0.13 5:0.1 12:-0.21
b:they_would 0:-0.23 2:-0.1 6:-0.14
b:they_wouldnt 1:-0.26
b:they_wrote 4:-0.28
b:theyd_been 5:0.12 6:0.1
b:theyd_had 6:-0.12
b:theyd_put 1:0.18
b:theyd_rather 1:0.21 11:0.11
b:theyd_ring 5:-0.2
b:theyd_said 0:0.17 5:0.11
b:theyre_being 0:-0.14 1:0.1
b:theyre_getting 5:0.22 6:-0.11
b:theyre_going 2:0.12
b:theyre_in 2:-0.14
b:theyre_not 1:-0.26 5:-0.1
b:theyre_paying 4:-0.15 13:0.12
b:theyre_the 1:0.29
b:theyve_been 1:-0.12
b:theyve_done 5:0.27
b:theyve_ever 2:-0.1 6:0.23 13:0.13
b:theyve_got 6:-0.15
b:theyve_had 6:-0.16
b:theyve_never 5:0.11
b:thing_about 1:0.1 2:0.41 5:-0.32 6:-0.25
b:thing_everyone 5:0.23
b:thing_i 5:0.11
b:thing_like 5:-0.26 6:0.11
b:thing_that 0:0.12
b:thing_to 0:-0.17
b:things_are 6:0.11
b:things_depending 6:-0.14
b:things_on 6:-0.11
b:things_properly 13:0.12
b:things_to 5:-0.12 6:0.21
b:think_a 0:0.1
b:think_customers 6:0.21
b:think_ive 4:0.37
b:think_the 6:-0.1 11:0.13
b:think_we 4:0.31
b:third_time 0:-0.14 1:-0.16
b:this_? 3:0.14
b:this_branch 6:-0.15
b:this_company 0:-0.12 5:0.11
b:this_garage 5:0.15
b:this_in 4:-0.21
b:this_is 1:-0.25 3:-0.21 5:-0.12
b:this_lot 5:-0.12
b:this_matter 5:0.24
b:this_model 1:-0.1
b:this_month 0:-0.23 2:-0.26 4:-0.14 5:0.13 6:0.49
b:this_one 0:0.1 2:0.12 5:-0.29
b:this_pharmacy 2:0.15 5:-0.11
b:this_place 0:-0.14 5:0.25
b:this_practice 0:-0.21 2:0.16
b:this_quarter 2:0.17
b:this_surgery 0:0.12
b:this_time 2:-0.24
b:this_week 0:-0.25 5:0.2 6:-0.12
b:this_winter 4:0.16
b:this_year 0:-0.2 5:-0.33
b:this_yr 2:-0.19 4:0.15
b:tho_i 3:-0.11 8:0.17
b:thorough_and 1:-0.55 2:0.12 3:0.15 5:-0.14
b:those_who 0:0.27 4:-0.17 5:0.33
b:though_and 0:-0.12
b:though_i 0:0.12 2:0.2
b:though_its 1:-0.23 2:-0.15 5:-0.11
b:though_my 1:0.19
b:though_several 5:0.14 8:0.14
b:though_the 0:-0.16 3:0.16 5:-0.36
b:though_they 1:0.11
b:though_two 3:-0.11 5:-0.12
b:thought_was 0:0.12 3:0.22 5:0.24
b:three_books 2:0.28 9:0.13
b:three_clients 5:0.42
b:three_complaints 6:0.11
b:three_courses 0:-0.11 5:0.21
b:three_days 0:-0.26 2:-0.25 4:0.16 5:0.21
b:three_different 0:-0.1 1:-0.13 2:0.43 5:-0.25 6:0.26 9:-0.17 12:-0.12
b:three_emails 13:-0.12
b:three_flights 1:0.11 3:0.17
b:three_hours 0:0.69 7:-0.12
b:three_months 0:-0.18 4:0.2 5:0.16 6:0.31
b:three_nights 0:-0.11
b:three_of 3:-0.27
b:three_or 0:0.12 5:0.11 6:-0.1
b:three_participants 0:0.1
b:three_people 4:0.13
b:three_places 5:-0.27 6:0.13
b:three_quotes 4:-0.35
b:three_separate 0:-0.11
b:three_times 0:-0.25 2:-0.33 3:0.28 4:-0.1 6:-0.56 8:-0.2 13:-0.21
b:three_trips 5:0.32 6:-0.16
b:three_visits 2:0.25 6:-0.11 7:0.17
b:three_week 6:-0.11
b:three_weeks 0:0.15 1:-0.13 2:-0.31 3:-0.13 4:0.18 5:-0.25 6:0.12 12:-0.16
b:three_winters 12:0.14
b:three_working 1:0.11
b:three_years 0:0.13 2:0.23 4:0.12 5:-0.13
b:threw_in 4:0.1
b:thrilled_with 6:0.16
b:through_a 0:-0.31 1:-0.13 3:-0.12 5:0.52 6:0.14 12:-0.21
b:through_at 0:0.12 6:-0.14
b:through_every 1:0.29 2:-0.13
b:through_everything 6:0.2
b:through_from 6:0.21
b:through_his 0:-0.11 5:-0.16 6:0.24
b:through_in 0:0.12
b:through_it 2:0.11 5:-0.14
b:through_my 0:-0.25 1:-0.1 2:-0.11 5:0.17
b:through_on 0:0.14 1:0.16 2:-0.11 5:-0.14
b:through_resetting 2:0.16
b:through_the 0:-0.5 2:0.16 3:0.19 4:-0.12 5:-0.35 6:0.36 9:0.17 10:-0.1 12:-0.18 13:0.13
b:through_them 0:-0.11 5:0.26
b:through_this 4:0.12
b:through_to 0:0.8 2:-0.11 5:-0.18 6:-0.12
b:through_what 1:0.17
b:through_without 5:-0.12
b:thx_for 6:0.13
b:thyroid_problem 2:0.24
b:ticket_for 2:0.12
b:ticket_machines 2:0.12 6:-0.16
b:ticket_number 0:0.28 7:-0.12
b:ticket_office 2:0.2 5:-0.19
b:ticket_would 5:0.13
b:tickets_are 0:0.17 5:-0.13
b:tickets_were 1:-0.15 5:0.24 12:0.13
b:tidy_and 0:-0.15 3:0.12 5:-0.11
b:tidy_job 0:0.17 3:-0.41 5:0.63
b:tidy_sum 3:-0.2 5:0.15
b:tidying_the 1:-0.13
b:tiles_and 1:-0.13 6:-0.13 9:0.12
b:till_anyway 5:-0.12
b:till_didnt 0:0.13
b:till_for 0:0.13
b:till_is 5:0.13
b:till_next 1:-0.19
b:till_software 6:-0.15
b:till_system 0:0.17 5:-0.16
b:till_the 4:0.15
b:till_was 0:-0.11
b:till_you 5:0.38
b:tills_are 0:0.15 1:0.24 5:0.14
b:tills_at 5:0.15
b:tills_open 5:-0.11
b:time_! 5:-0.14
b:time_a 4:0.13 6:-0.12
b:time_after 1:-0.11
b:time_and 1:0.6 3:0.13 5:0.64 10:-0.11
b:time_anyones 2:0.18
b:time_but 5:0.12
b:time_ever 13:0.11
b:time_for 1:0.36 2:-0.14 4:-0.11 8:0.14
b:time_he 2:-0.15 5:-0.19
b:time_i 3:-0.11 4:0.12 5:-0.19 7:-0.2 13:-0.15
b:time_in 0:-0.32 2:-0.18 5:0.27 6:0.17 12:0.22
b:time_is 5:0.24
b:time_it 0:-0.11
b:time_ive 1:-0.35 3:-0.26
b:time_like 1:0.17 5:-0.13
b:time_my 0:0.19 1:-0.31 2:-0.2 5:0.25 6:0.16 7:-0.14
b:time_of 5:-0.11
b:time_on 2:0.18
b:time_right 0:-0.36 6:0.21
b:time_that 2:-0.12
b:time_the 0:0.14 1:-0.13 2:0.19 4:-0.11 5:0.4 6:-0.21
b:time_they 4:0.23 5:0.2 6:-0.36
b:time_this 0:-0.22 1:-0.16
b:time_to 2:0.26 5:-0.21 6:0.49 8:0.16 9:0.11 13:0.1
b:times_a 4:0.17
b:times_about 0:0.11 1:0.1 2:-0.41 5:-0.18
b:times_and 0:-0.22 1:0.1 2:0.14 4:-0.11 5:-0.19 9:-0.14
b:times_are 0:0.11 6:-0.11
b:times_because 5:0.11
b:times_for 0:0.34 1:0.21
b:times_i 0:-0.14 6:-0.12
b:times_in 0:-0.11 4:0.13
b:times_of 2:0.19
b:times_over 6:0.36
b:times_that 1:-0.14
b:times_the 0:-0.2 3:0.23
b:times_this 0:-0.22 2:0.17 4:0.18
b:times_to 6:-0.12
b:times_without 6:0.15
b:timing_belt 5:-0.18
b:tiny_and 5:0.13
b:tip_and 3:-0.25
b:tip_at 2:0.11 5:-0.11
b:tip_but 5:0.34
b:tip_by 3:0.13
b:tip_though 3:0.11 5:-0.11
b:tip_was 5:-0.15
b:tip_when 5:-0.27
b:to_5 5:-0.14 7:0.11
b:to_500 0:-0.12 5:0.28 12:-0.11
b:to_a 0:0.34 1:0.14 2:0.1 5:0.99 6:-0.11 11:0.12 12:0.14 13:-0.12
b:to_actually 1:-0.2
b:to_add 1:-0.12 3:-0.11 12:-0.16
b:to_all 5:-0.12
b:to_an 2:-0.2 6:0.3 13:-0.1
b:to_and 0:-0.12
b:to_another 0:-0.13 6:0.21
b:to_answer 2:0.16
b:to_anyone 4:-0.13 5:-0.1
b:to_anything 2:0.11 5:-0.14
b:to_apologise 1:-0.18 2:-0.18 5:0.22
b:to_arrive 0:0.15 4:-0.13 5:0.16
b:to_as 0:0.17 1:0.39 2:-0.11
b:to_ask 0:-0.2 1:0.7 2:-0.29 3:-0.17 4:-0.44 5:-0.24 6:-0.5 8:-0.12 9:-0.26
b:to_avoid 5:0.19
b:to_be 0:-0.55 1:0.36 2:0.62 3:0.49 4:0.44 5:0.23 8:-0.17 9:-0.11
b:to_blame 1:0.11
b:to_book 2:-0.15 4:0.1 5:-0.13 6:-0.1
b:to_bring 0:0.3 1:0.12 5:0.13 6:0.2
b:to_buy 1:0.29 2:0.15 4:-0.13 5:0.16 6:-0.2
b:to_call 0:-0.58 1:-0.12 5:-0.11 6:-0.14
b:to_cancel 2:0.17 6:0.2
b:to_care 1:-0.12
b:to_change 0:0.14 2:0.11 6:-0.12
b:to_charge 2:0.12 6:-0.24
b:to_chase 0:-0.13 2:-0.17 4:-0.13 7:-0.21 13:0.13
b:to_check 0:-0.43 1:-0.32 2:0.22 5:-0.15 6:0.62 9:0.17 13:0.23
b:to_claim 5:0.23
b:to_clean 3:-0.21 5:0.54
b:to_close 0:-0.13 6:0.16
b:to_collect 1:-0.2 5:-0.11 6:0.11
b:to_come 0:0.6 1:-0.19 5:-0.2 6:-0.37
b:to_comment 0:-0.18
b:to_complain 3:0.16 5:-0.21 6:-0.17
b:to_confirm 1:0.14 6:0.2
b:to_cook 2:0.16
b:to_cover 1:-0.11 2:-0.13 4:0.12
b:to_customers 1:0.14
b:to_cut 5:0.1
b:to_deal 4:-0.22
b:to_discuss 1:0.14
b:to_do 1:0.32 2:0.28 5:0.19 6:-0.12
b:to_door 0:0.5 7:0.12
b:to_either 0:0.18
b:to_email 5:-0.13
b:to_emails 5:0.26
b:to_every 2:0.24 3:-0.17 4:0.14 5:-0.16 8:-0.1 11:-0.13
b:to_everyone 1:-0.18 3:-0.19 6:-0.18
b:to_exactly 5:-0.24 6:0.26
b:to_expect 0:0.25 6:0.14
b:to_explain 1:-0.28 2:0.56 6:0.41
b:to_express 0:-0.11 1:0.14 5:0.1
b:to_feed 2:0.14
b:to_fill 0:-0.13
b:to_find 0:-0.28 3:0.12 5:-0.27 6:0.21 9:0.12 13:-0.16
b:to_finish 3:0.2 5:-0.19 6:-0.12
b:to_first 0:0.2 1:-0.2 2:0.2 5:-0.14
b:to_fit 6:0.28
b:to_fix 0:0.24 3:-0.2 5:0.13 6:-0.1
b:to_follow 4:0.24 5:-0.19 6:0.31
b:to_formally 0:-0.11 4:0.12
b:to_four 6:0.16
b:to_get 0:-0.11 1:0.21 2:-0.13 4:-0.24 5:-0.34 6:0.12 7:-0.12 11:-0.13
b:to_give 6:0.28
b:to_go 1:-0.21 5:0.18 7:-0.11 9:0.12
b:to_google 6:0.21
b:to_have 2:-0.16 5:-0.11 6:-0.18 13:-0.19
b:to_hear 0:0.1 6:0.13
b:to_help 1:0.25 2:-0.1 3:-0.13
b:to_her 1:0.21 2:0.18 5:-0.13
b:to_him 6:-0.21
b:to_his 1:0.17
b:to_ignore 0:0.11
b:to_it 3:0.25 4:-0.19
b:to_its 0:0.15
b:to_judge 0:-0.13 1:0.2 3:-0.13 5:-0.12
b:to_just 4:-0.14
b:to_justify 0:-0.14
b:to_keep 0:-0.31 1:0.72 2:0.26 4:0.17 5:-0.13 6:-0.17 11:0.2
b:to_know 2:-0.13 5:-0.15 6:0.24 9:-0.22
b:to_learn 5:-0.1
b:to_leave 0:-0.12 1:-0.2 3:0.19 4:-0.11
b:to_let 2:-0.13
b:to_load 5:0.15
b:to_log 5:0.15
b:to_london 0:-0.13 1:-0.12 4:0.21
b:to_look 2:-0.19 6:-0.11 11:0.14 12:-0.1
b:to_lose 6:0.11
b:to_make 1:0.14 4:0.27 5:0.15 6:-0.12 11:0.28
b:to_malaga 5:0.28
b:to_manchester 2:0.12 4:0.12 11:-0.23
b:to_me 0:0.46 2:-0.16 5:0.16 6:-0.14 9:-0.12
b:to_mention 5:-0.25 6:0.37
b:to_my 0:-0.4 1:0.67 3:-0.24 5:-0.42 6:0.12
b:to_offer 4:0.14
b:to_one 0:-0.11 1:-0.15
b:to_open 0:-0.16 5:-0.17
b:to_order 5:0.11
b:to_our 1:-0.12 2:0.31 5:0.35 6:-0.1
b:to_park 0:-0.48 4:0.11 5:-0.11
b:to_pay 0:0.11 1:-0.13 4:0.39
b:to_phone 0:0.12 2:0.1 6:-0.27
b:to_pick 0:0.29 6:-0.16
b:to_practise 0:-0.1 6:0.14 13:0.16
b:to_private 0:0.15
b:to_process 0:0.14
b:to_push 1:0.11 4:0.25
b:to_put 1:-0.15 5:0.31
b:to_reach 5:0.19
b:to_read 0:0.22 1:0.5 2:-0.27 5:-0.19 6:0.36
b:to_rebook 2:0.11 5:0.19 6:-0.1
b:to_redo 3:0.1
b:to_refund 0:0.3 5:-0.13
b:to_register 5:-0.15
b:to_repeat 1:0.12 2:-0.13 6:0.34 13:0.13
b:to_reply 0:-0.13 6:0.11
b:to_report 5:-0.17 6:-0.37
b:to_rest 2:0.14
b:to_ring 0:-0.19 2:0.26 5:-0.23 6:-0.26
b:to_save 0:-0.13 10:-0.13
b:to_say 0:0.29 1:0.12 2:-0.43 4:-0.22 6:0.23 8:0.1 12:0.12
b:to_screen 6:-0.2
b:to_see 0:0.19 2:-0.14 3:0.18 7:-0.16 10:-0.11
b:to_sell 0:-0.1 2:0.14 5:0.2 6:-0.16
b:to_set 2:0.11
b:to_show 0:-0.15 6:-0.21
b:to_shut 6:-0.17
b:to_sit 2:-0.1 5:-0.23 6:0.19
b:to_sleep 0:-0.15 6:-0.1
b:to_someone 0:-0.12 1:-0.1
b:to_sort 1:0.12 5:0.13
b:to_spain 4:0.16
b:to_spare 0:-0.33
b:to_speak 0:-0.13
b:to_spend 1:-0.11 3:-0.2 5:0.14
b:to_stand 5:0.51
b:to_start 0:0.27 5:0.33
b:to_stop 2:-0.13 4:-0.29
b:to_switch 6:0.29
b:to_take 0:0.28 3:-0.26 5:-0.24
b:to_tell 1:-0.16 2:0.15 5:-0.16 6:0.68
b:to_the 0:0.6 2:-0.2 3:0.11 6:-0.25 7:-0.1 8:0.12 9:-0.14 12:0.27
b:to_their 0:0.46 6:0.14 8:-0.12
b:to_them 0:0.19 1:0.17 2:-0.17 4:-0.11 6:-0.21
b:to_this 2:0.17 6:0.12
b:to_three 0:0.1 1:0.14 3:0.11 4:0.13
b:to_transfer 0:0.16
b:to_turn 0:0.19 1:-0.15 5:0.11
b:to_under 7:0.1
b:to_understand 0:-0.1 2:0.14 6:0.12
b:to_unlock 0:0.13
b:to_upsell 1:0.36 4:-0.15 5:0.11 6:-0.12
b:to_us 0:0.67 1:-0.3 2:-0.15 4:-0.12 5:0.27 6:-0.7 12:-0.13
b:to_use 0:-0.15 2:0.43 3:-0.17 5:0.47 6:-0.13
b:to_visit 6:0.15
b:to_wait 0:-0.14 2:0.15 4:-0.14 5:-0.25 6:-0.22 7:0.16
b:to_watch 6:0.19
b:to_what 5:-0.12
b:to_whom 4:-0.29
b:to_wipe 3:0.26
b:to_work 1:-0.27 2:0.22 6:0.34
b:to_write 1:-0.19 5:-0.13 8:0.15
b:to_your 6:-0.23
b:to_zero 10:0.15
b:to_£ 2:-0.12 4:-0.24 5:0.12 6:0.54 11:-0.1 13:-0.12
b:today_because 0:0.14 6:0.12
b:today_saying 2:0.22
b:together_with 0:-0.14 6:-0.13
b:toilets_are 0:-0.18 3:-0.32 5:0.19
b:toilets_in 0:-0.13 3:0.11 5:-0.14
b:toilets_on 3:0.14
b:toilets_smelt 0:0.12
b:toilets_spotless 1:-0.17
b:toilets_were 0:-0.13 3:0.32 5:-0.1
b:told_a 2:0.24
b:told_about 6:0.31
b:told_at 2:0.27 6:0.3
b:told_by 0:0.17 2:0.14 5:-0.12 6:-0.13
b:told_different 6:-0.14
b:told_her 2:0.21 5:-0.13 6:-0.15
b:told_i 2:0.29
b:told_in 0:-0.26 2:0.24 4:0.1 6:-0.14 11:-0.11
b:told_it 1:-0.1 2:0.27 5:0.11 9:0.14
b:told_itd 0:0.37
b:told_its 9:-0.14
b:told_me 0:0.29 1:-0.37 2:0.41 4:-0.37 5:-0.38 6:-0.9 7:0.12 8:-0.11
b:told_my 2:-0.17 3:0.22 4:-0.34 5:-0.11 7:-0.18
b:told_off 0:-0.24 1:0.17
b:told_the 1:0.19 2:-0.14 5:0.28 6:0.21 7:-0.12 8:0.12 10:-0.11
b:told_them 2:-0.11 6:0.17
b:told_they 1:0.15
b:told_three 6:0.37
b:told_to 0:0.26 1:0.29 2:-0.21 3:-0.12 5:0.25 6:-0.25
b:told_us 5:-0.37 6:0.13 13:-0.13
b:told_well 5:-0.16
b:told_when 2:-0.11 5:0.12 6:-0.12
b:told_yes 2:0.11 6:-0.17
b:too_! 4:0.17 5:-0.11
b:too_bad 0:0.1
b:too_busy 1:0.12
b:too_cold 5:0.13
b:too_dear 4:0.23 5:-0.24 11:-0.1
b:too_expensive 5:-0.12
b:too_high 5:-0.13
b:too_long 1:0.28 12:0.13
b:too_much 5:-0.18 11:-0.15 12:-0.19
b:too_small 1:0.1
b:took_14 3:0.15
b:took_2 3:-0.14 5:-0.18 8:0.17
b:took_25 1:-0.11
b:took_3 0:-0.22 5:-0.41 7:0.3
b:took_4 0:0.42 4:-0.16 5:-0.11 7:-0.12
b:took_40 7:0.14
b:took_9 0:0.14
b:took_a 0:0.51 4:-0.23 5:-0.34 6:-0.19
b:took_about 0:0.17 4:0.1
b:took_ages 1:-0.23 2:0.73 5:0.11
b:took_all 3:0.14 7:-0.11
b:took_an 2:0.15
b:took_eight 4:0.16 6:0.2
b:took_eleven 0:0.27 3:0.14 6:-0.16
b:took_five 0:0.25
b:took_forever 0:0.16
b:took_forty 4:0.3 5:-0.14 11:0.1
b:took_four 0:0.18 4:-0.23 5:0.14 9:-0.11
b:took_her 0:-0.3 2:0.11 6:-0.16
b:took_his 0:-0.2 1:0.11 5:0.39
b:took_in 4:-0.29 5:0.12
b:took_it 0:-0.18 5:0.17
b:took_me 0:-0.21 1:0.15 5:-0.1
b:took_my 4:-0.3 5:0.44 6:0.22 9:0.14 12:0.11
b:took_nearly 0:-0.11 5:0.1
b:took_nine 5:-0.1
b:took_one 0:-0.17 6:-0.2
b:took_over 1:0.17
b:took_six 6:-0.12
b:took_ten 5:-0.13
b:took_the 0:-0.19 1:-0.41 4:0.49 5:0.12 6:0.15
b:took_them 0:0.18 2:-0.2
b:took_three 0:-0.27 1:0.17 6:0.2 7:-0.13
b:took_two 1:0.34 5:0.21 12:-0.1
b:took_yonks 0:0.11
b:top_bloke 1:0.11 5:0.56
b:top_marks 2:-0.13 4:-0.22 5:0.2 6:-0.11 12:-0.17
b:top_notch 10:-0.12
b:top_of 1:-0.46 2:0.35 5:-0.35 6:0.46 9:0.12
b:top_up 4:0.38
b:total_came 5:-0.11
b:total_tip 5:0.14
b:touch_leaving 1:-0.15
b:touching_the 1:-0.12
b:town_and 5:0.21
b:town_but 11:-0.18
b:tracking_is 5:-0.22 6:0.14
b:tracking_link 0:-0.27
b:tracking_page 0:-0.15 5:-0.12
b:tracking_said 0:0.24 6:0.23
b:tracking_updates 1:-0.14
b:trade_counter 2:0.18
b:train_is 2:-0.2 5:-0.11 6:0.28
b:train_was 1:-0.17 6:0.29
b:trained_on 1:-0.14 5:0.15
b:training_day 2:-0.17
b:training_on 0:-0.13 4:-0.11 5:-0.18
b:training_was 5:0.19
b:trampoline_park 1:0.22
b:transfer_desk 6:-0.16
b:transfer_my 0:0.15
b:transfer_took 0:0.16
b:transfer_was 2:-0.15 5:-0.29 6:0.32
b:travel_agent 5:-0.1 6:0.18
b:travellers_in 0:0.21 1:0.1 3:0.1
b:treadmills_have 5:0.13
b:treat_the 2:0.27
b:treat_to 5:0.27
b:treat_you 1:0.16 8:-0.12
b:treated_me 1:0.14 5:-0.13
b:triage_nurse 5:-0.17
b:tried_the 5:0.26
b:tried_to 1:-0.27 2:0.13 4:0.35 6:-0.12
b:trim_and 5:0.12
b:trop_cher 5:-0.13
b:try_to 1:0.42 4:-0.11 5:0.13 8:0.16
b:trying_to 0:0.35 4:-0.15 5:0.17 6:-0.17 8:-0.12
b:très_bien 5:-0.16
b:très_bon 4:0.4 5:0.33 11:0.13
b:très_compétent 8:-0.11 9:0.1
b:très_propre 4:0.18 5:-0.14 11:0.12
b:très_sympa 4:0.15 5:0.27
b:tuesday_afternoon 7:0.17
b:tuesday_and 0:0.16
b:tuesday_lunchtime 0:0.14 7:0.1
b:turn_on 0:-0.11 5:0.15
b:turn_the 2:0.16
b:turn_up 0:-0.37 2:-0.16 6:0.41 13:-0.11
b:turnaround_on 0:0.12 5:-0.19
b:turned_out 0:-0.29 1:-0.24 2:0.35 4:0.12
b:turned_up 0:1.09 1:0.11 2:-0.48 11:0.1 12:0.23
b:turns_up 0:0.54 1:-0.13 2:-0.23 3:-0.1 7:0.12 11:0.11
b:tutor_is 6:-0.17
b:tutor_was 9:-0.11
b:tutoring_centre 5:0.21
b:tv_was 0:-0.23 4:-0.14 5:-0.27
b:twelve_days 4:0.13
b:twelve_years 2:-0.14
b:twenty_minute 0:0.29
b:twenty_minutes 0:0.26 1:0.18 2:0.34 12:0.13
b:twenty_to 1:-0.16
b:twenty_years 3:-0.25
b:twice_a 0:-0.19
b:twice_about 1:-0.25
b:twice_as 3:-0.15 5:0.25
b:twice_before 3:0.29
b:twice_for 0:-0.17 2:-0.37 4:-0.36
b:twice_in 4:0.38
b:twice_on 0:0.15 5:-0.1
b:twice_the 2:0.18
b:twice_this 1:0.19
b:twice_to 1:0.16 2:-0.18 6:0.14 12:-0.13
b:twice_with 5:0.35 10:0.16
b:twice_without 1:0.22 5:-0.1 6:0.16
b:two_courses 11:0.11
b:two_day 6:0.4
b:two_days 0:-0.12 2:-0.11 4:-0.48 5:0.57 6:-0.24 7:0.2 13:0.15
b:two_different 0:-0.19 2:0.15
b:two_emails 4:-0.23 6:0.14
b:two_fillings 0:-0.21 2:0.29 5:-0.23
b:two_for 5:0.27
b:two_had 0:0.15
b:two_hour 0:0.13 1:-0.11 5:-0.28 6:0.18
b:two_hours 3:0.1 4:-0.21 5:0.27 6:0.69 7:-0.19 13:-0.14
b:two_kids 0:0.1 1:-0.11 5:0.2
b:two_mentioned 5:0.12
b:two_minutes 0:-0.22 2:0.33 5:-0.21 6:0.13 7:0.14
b:two_months 0:-0.15 5:0.3 6:-0.22 12:-0.12
b:two_of 0:0.22 2:-0.17 6:-0.11
b:two_or 4:0.12 6:-0.12
b:two_other 0:-0.3 5:-0.22
b:two_participants 5:-0.28 13:0.12
b:two_people 1:0.17 5:-0.13
b:two_prescriptions 6:-0.13
b:two_quotes 5:0.26
b:two_said 1:-0.14 6:-0.16
b:two_sessions 5:0.3
b:two_shops 0:0.23
b:two_staff 0:0.12
b:two_stars 5:0.19 12:0.15
b:two_to 1:0.11
b:two_voicemails 0:-0.17
b:two_week 0:0.13 5:-0.11
b:two_weeks 9:-0.16
b:two_years 0:-0.25 2:-0.14 4:0.24 5:-0.17 11:0.11
b:tyre_change 4:0.4 11:-0.11
b:tyre_place 1:0.16 2:0.1 4:-0.22 7:0.11 9:0.15
b:tyres_done 5:-0.27
b:tyres_were 1:-0.14 2:-0.16 6:-0.14
b:u_get 11:0.11
b:u_so 1:-0.2
b:unable_to 0:0.12 2:0.15 5:0.19
b:unanimous_that 4:0.17
b:under_a 0:0.29 6:-0.21
b:under_six 0:-0.16 1:0.34
b:under_the 0:-0.11 1:-0.18 2:0.11 4:0.16 5:0.19
b:under_three 0:-0.22
b:under_two 4:-0.27
b:under_what 3:0.13
b:under_£ 2:0.15 11:0.11 12:0.13
b:understand_a 0:-0.29 6:0.23
b:understand_and 5:0.11
b:understand_my 2:0.11 5:-0.13
b:understand_the 0:-0.24 1:-0.22 5:-0.29 6:0.38
b:understand_what 4:-0.17 5:0.14 6:0.21
b:understood_each 1:0.34
b:understood_the 6:0.1
b:understood_what 0:-0.12
b:unfortunately_the 2:-0.1
b:unhappy_that 0:0.12
b:unhelpful_exactly 9:-0.11
b:uni_accomodation 0:-0.22 3:0.21
b:uniform_costs 1:0.16
b:uniforms_are 5:-0.11
b:uniforms_look 5:-0.11
b:unless_i 0:0.16
b:unless_you 0:-0.11
b:unlike_the 5:-0.2
b:unreasonable_at 5:-0.18 11:0.16
b:until_1 0:0.15 4:-0.12
b:until_11 0:0.1
b:until_a 1:-0.16 5:-0.11
b:until_he 1:0.12
b:until_i 0:0.11 1:-0.15 5:0.11 6:0.22
b:until_it 1:0.1 6:-0.12
b:until_my 0:0.32
b:until_the 0:-0.6 5:0.25 6:0.45 11:-0.1 13:-0.12
b:until_they 6:0.16
b:until_we 5:0.19
b:up_15 5:0.21
b:up_20 4:0.14 5:-0.15
b:up_3 4:0.14
b:up_30 4:-0.33
b:up_40 0:-0.12
b:up_a 0:-0.21 1:0.14 9:-0.11
b:up_after 0:0.13 1:-0.21 3:0.23 5:0.41 12:0.22
b:up_again 0:-0.12 4:0.46 5:-0.24 11:-0.17
b:up_all 5:-0.1 10:0.12
b:up_an 2:0.17
b:up_and 0:-0.3 4:-0.19 5:-0.33 6:0.21 11:-0.1
b:up_at 0:0.33 2:-0.31 4:-0.23 13:-0.1
b:up_back 5:0.12
b:up_bang 2:0.13
b:up_because 5:0.11
b:up_better 3:0.29
b:up_briefly 4:-0.12
b:up_buying 1:-0.12
b:up_early 5:-0.1 6:-0.16
b:up_either 5:0.23
b:up_every 3:0.39 4:0.14 5:0.11 6:-0.2 10:0.19
b:up_fee 5:-0.12
b:up_for 0:-0.12 1:0.21 2:-0.21 4:0.3 5:0.1
b:up_from 0:-0.14 5:-0.31
b:up_front 2:-0.11 4:0.16
b:up_furious 6:0.11
b:up_giving 6:-0.17
b:up_his 2:0.12
b:up_in 6:0.19 7:0.1 10:0.12
b:up_more 4:-0.26
b:up_my 2:0.17 6:0.23 9:0.12
b:up_myself 2:0.26 3:0.24
b:up_on 0:0.8 3:-0.18 5:0.49 7:0.17 12:0.25 13:0.11
b:up_our 0:0.12
b:up_queuing 0:0.18 5:0.29
b:up_repeatedly 11:0.11
b:up_sat 0:0.12 6:-0.11
b:up_the 0:0.24 2:-0.14 4:-0.26 5:0.13 6:-0.35 10:0.16 12:0.25
b:up_three 1:0.11 3:0.16
b:up_to 2:-0.17 4:-0.2 6:0.36 12:-0.12
b:up_twice 0:-0.1 1:0.14 4:0.11 6:0.11
b:up_until 0:-0.36 6:0.21
b:up_waiting 0:0.17 2:-0.14 5:0.38
b:up_when 0:0.65 11:0.14
b:up_while 0:-0.1
b:up_with 6:-0.25
b:up_within 1:0.12 2:0.27 5:-0.33
b:up_£ 6:0.38
b:update_and 6:-0.17
b:update_broke 5:0.25 12:-0.11
b:update_in 5:-0.15
b:update_on 0:-0.28 4:-0.12
b:updated_at 12:0.15
b:updated_every 0:-0.11 6:0.22 13:0.11
b:updated_since 0:-0.16 5:-0.11
b:updated_the 0:0.12
b:upgrade_and 5:0.24 12:-0.11
b:upsell_me 1:0.38 4:-0.17
b:urgent_passport 6:-0.18
b:us_a 0:-0.24 1:0.19 2:0.24 5:-0.3 12:-0.13
b:us_about 5:0.2
b:us_all 1:0.1 6:-0.18
b:us_an 0:0.1 2:0.11
b:us_and 1:0.11
b:us_anything 6:-0.15
b:us_are 0:-0.27
b:us_asking 1:-0.25 5:0.33
b:us_at 1:-0.27 5:0.11
b:us_because 0:0.12
b:us_covering 0:0.23
b:us_dont 1:-0.17
b:us_either 2:0.24 6:0.14
b:us_even 1:0.29 5:0.12
b:us_every 0:-0.15 6:0.13
b:us_feel 0:-0.23 5:-0.17
b:us_for 1:0.42 2:-0.14 6:0.11
b:us_furious 0:-0.11 5:-0.12
b:us_had 5:0.14
b:us_honestly 9:0.1
b:us_in 0:0.32 1:0.19 5:-0.28 6:0.1 7:-0.11
b:us_know 2:-0.11
b:us_message 6:-0.13
b:us_nothing 0:0.22 5:0.3
b:us_on 0:0.14 1:-0.23 3:-0.26 4:-0.18 6:-0.15
b:us_our 2:-0.22 4:0.16 5:-0.29 6:0.36
b:us_round 0:-0.34 1:0.22 4:-0.14
b:us_still 5:0.16
b:us_the 2:-0.29 3:0.2 4:-0.18 5:0.44 6:0.69 12:-0.13
b:us_they 0:-0.15 5:-0.21
b:us_through 1:-0.18 2:0.1
b:us_to 1:0.16 5:0.2 8:0.1 11:0.12
b:us_up 5:-0.13 6:0.16
b:us_updated 6:0.34 13:0.16
b:us_was 6:-0.14
b:us_were 0:-0.11 1:0.25 6:-0.2
b:us_what 6:-0.16
b:us_whats 2:0.14 6:-0.2
b:us_when 1:-0.24 2:0.19 5:-0.14 6:0.14
b:us_which 2:0.11 6:-0.19
b:us_why 0:0.37 5:-0.16
b:us_£ 1:-0.21 3:-0.13 4:0.1 6:-0.12
b:use_again 2:0.26
b:use_and 5:0.11
b:use_for 0:-0.13 2:0.23 5:0.27 6:-0.12
b:use_it 2:0.13 5:-0.17
b:use_the 2:0.18 5:-0.48 6:-0.23
b:use_them 13:0.1
b:used_the 2:0.16 3:-0.1 6:-0.21
b:used_them 7:0.14
b:used_three 6:0.1
b:used_to 2:0.26 3:0.11 4:0.22 5:-0.11 7:0.12
b:using_it 2:0.41 10:-0.13
b:usual_place 6:0.13
b:v_helpful 4:0.1 5:-0.3
b:valet_was 3:0.2 11:0.1
b:valid_on 5:0.11
b:value_at 6:0.19
b:value_compared 11:0.13
b:value_for 6:-0.11
b:value_in 11:0.11
b:value_lunch 5:-0.12 11:0.14
b:van_is 0:0.11
b:van_on 0:-0.13 5:0.2
b:van_was 5:0.19
b:veg_is 2:0.18 6:-0.1
b:vegetarian_option 5:0.29 12:-0.11
b:vending_machine 1:0.29 5:-0.19 7:-0.14
b:version_was 2:0.15
b:very_apologetic 0:0.2 3:0.25
b:very_calm 3:-0.13
b:very_clean 0:-0.13 3:0.21 5:0.11
b:very_expensive 4:0.13 6:0.25
b:very_fast 0:-0.22 1:-0.16 5:-0.18 6:0.5 13:-0.12
b:very_good 5:-0.14
b:very_hard 6:-0.21
b:very_helpful 0:-0.21 13:-0.13
b:very_helpfull 5:0.16
b:very_impressed 0:-0.14 3:-0.1 4:0.12 12:-0.16
b:very_kind 1:0.18 2:0.14 5:-0.37 6:-0.38
b:very_kindly 3:0.19
b:very_knowledgable 1:-0.33 5:0.26
b:very_knowledgeable 1:-0.13 2:0.11 5:-0.2 6:0.3
b:very_late 0:0.13
b:very_loyal 5:0.12 6:-0.1
b:very_nice 4:0.11
b:very_patient 0:-0.43 1:0.13 2:-0.23 6:0.32 13:0.16
b:very_pleasant 1:-0.22
b:very_polite 0:0.33 1:0.13 3:0.23 4:-0.26
b:very_positive 5:0.11
b:very_professional 1:-0.3
b:very_reasonable 4:0.18 5:-0.28 11:0.29
b:very_reassuring 2:0.3 9:-0.16
b:very_sweet 0:0.23 1:0.14
b:vet_didnt 1:-0.16
b:vet_nurse 0:-0.27 1:0.21 2:0.15 5:-0.12 6:0.15
b:vet_nurses 1:0.13
b:vet_sent 1:0.19
b:vet_was 1:0.12
b:vets_was 1:-0.16 2:-0.11
b:video_of 2:-0.1
b:view_and 3:-0.15
b:view_of 3:-0.18 5:0.11 12:-0.11
b:view_room 0:0.13
b:views_either 5:-0.11
b:views_of 1:-0.14
b:views_on 11:0.1
b:visit_the 5:0.19 12:-0.1
b:visit_within 5:-0.1
b:visitors_keep 3:0.17 5:0.1
b:visits_to 9:-0.12
b:vivaldi_on 0:0.11
b:volunteers_at 0:0.15
b:volunteers_were 1:0.14
b:w_the 5:0.12 6:0.16
b:wait_a 5:-0.13
b:wait_at 0:0.14 7:0.13
b:wait_for 0:0.15 5:-0.16 6:-0.12
b:wait_in 0:-0.23 5:-0.11 6:0.14
b:wait_longer 0:-0.17 6:-0.18
b:wait_till 0:0.14 1:-0.2 5:0.35
b:wait_was 0:0.15 1:0.15 5:-0.19
b:waited_20 1:0.4 7:0.18
b:waited_3 0:-0.1 2:0.29
b:waited_4 0:0.36
b:waited_a 1:0.13 4:-0.28 6:0.2 13:0.13
b:waited_ages 0:0.37 5:-0.17
b:waited_and 0:0.14
b:waited_eleven 0:-0.17
b:waited_for 0:-0.32 1:0.13 5:0.23
b:waited_in 0:0.28
b:waited_outside 0:-0.11
b:waited_over 0:-0.23 4:0.11
b:waited_two 4:0.11
b:waiter_kept 0:0.29 1:0.27 8:-0.15
b:waiter_knew 5:0.26 11:0.13
b:waiter_was 1:0.18 8:-0.11
b:waiting_area 3:0.35 5:0.1 6:0.2
b:waiting_for 0:0.13 3:-0.15 6:0.12 13:-0.12
b:waiting_list 0:0.17 1:-0.13 7:-0.12
b:waiting_lounge 2:0.14
b:waiting_on 0:-0.27 4:-0.1
b:waiting_room 0:-0.23 1:-0.23 2:0.14 3:0.28 5:-0.34 6:-0.21
b:waiting_rooms 1:0.13 5:-0.11
b:waiting_three 0:-0.2 6:0.13
b:waiting_time 0:0.17
b:waiting_to 5:0.17
b:waits_of 5:0.25
b:walk_in 0:0.16 2:0.24 5:-0.32
b:walk_ins 0:-0.14
b:walk_out 0:0.23 11:-0.12
b:walked_in 0:0.36 1:0.18 5:-0.16
b:walked_me 1:0.11
b:walked_round 0:-0.44 2:0.11 5:-0.12 6:-0.35
b:walked_us 1:-0.22 4:-0.13
b:walking_past 0:0.33 1:0.22
b:wall_and 5:0.2
b:walls_are 5:0.23
b:want_from 0:0.12
b:want_the 0:0.11 2:0.15 4:0.15 5:-0.15
b:want_to 0:0.23 1:0.32 5:0.2
b:want_us 0:0.16 3:-0.12
b:wanted_a 0:-0.13
b:wanted_and 5:0.24
b:wanted_to 1:-0.1 2:0.12 4:-0.11 6:-0.12
b:wanted_£ 0:0.27 2:-0.18 4:0.11 5:-0.2 6:-0.13 11:0.18
b:war_super 1:-0.12 5:0.22
b:ward_7 0:-0.13
b:ward_and 0:0.18
b:ward_rounds 6:0.15
b:ward_was 3:0.12
b:warden_came 1:0.15 2:0.11 6:-0.18 8:0.11
b:wardrobe_arrived 4:0.12
b:warm_and 0:-0.13 4:0.17 5:0.14
b:warm_home 6:0.22
b:warm_too 5:0.26
b:warm_welcome 1:0.16 5:-0.12
b:warned_about 2:0.13 4:0.14 5:-0.14 11:0.11
b:warned_us 2:0.15 6:-0.14
b:warning_light 5:-0.17
b:warranty_on 3:-0.11
b:was_1 4:-0.24
b:was_10 5:-0.13
b:was_2 1:0.19
b:was_25 0:0.23 5:-0.16 7:-0.12
b:was_40 1:-0.21 6:0.15
b:was_45 0:-0.16 2:0.36 4:0.18
b:was_a 0:-0.29 1:0.24 2:0.54 3:0.46 4:0.27 8:-0.38 9:0.19 12:0.18
b:was_abit 0:-0.13
b:was_about 2:-0.12 4:-0.15 5:-0.23
b:was_actually 6:0.25
b:was_all 0:0.6 5:-0.12
b:was_already 2:-0.35
b:was_alright 12:-0.13
b:was_amazin 3:0.54 10:-0.11
b:was_amazing 1:0.13 5:0.33 12:0.16
b:was_an 0:0.21 1:0.2 2:0.12 5:0.17
b:was_and 1:-0.18 2:-0.12 6:-0.14
b:was_any 1:0.31 5:-0.21 6:-0.27
b:was_anything 0:0.52 1:-0.27 8:0.21
b:was_apologetic 6:-0.23
b:was_as 5:0.11
b:was_at 0:-0.1 2:-0.21 5:0.1 6:0.33
b:was_back 0:0.19 5:0.29
b:was_barely 12:-0.12
b:was_basically 0:-0.1 6:-0.17
b:was_beautiful 5:0.31
b:was_better 5:0.25 11:0.13
b:was_beyond 1:0.18 2:0.13 5:-0.21
b:was_brave 5:0.27
b:was_brilliant 0:0.19 1:0.39 2:-0.16 5:-0.11 6:0.16
b:was_broad 0:0.15 4:0.11
b:was_broken 5:0.27
b:was_called 1:-0.12
b:was_calm 1:-0.18 5:-0.11
b:was_cancelled 0:-0.29 3:0.12 6:0.21
b:was_charged 5:-0.12
b:was_clean 1:-0.13 3:0.21 5:0.11 6:0.17 10:0.12
b:was_cleaner 5:-0.12
b:was_clear 3:-0.1 4:-0.15 6:0.42
b:was_clearly 3:-0.15 5:-0.13 6:0.1
b:was_cold 1:0.13 5:-0.17
b:was_coming 0:-0.11 2:-0.13
b:was_cooked 5:0.13
b:was_correct 4:-0.13
b:was_courteous 5:0.11
b:was_covered 6:0.13
b:was_criticised 1:0.11 2:0.14
b:was_curt 1:0.13 6:-0.19 8:-0.11
b:was_cut 3:0.19 5:-0.19
b:was_dated 5:0.11
b:was_dead 5:-0.19
b:was_decent 1:0.19 5:-0.2
b:was_delayed 1:-0.1
b:was_delivered 1:0.21 2:-0.15 6:-0.15
b:was_delivery 4:0.13
b:was_described 3:0.24 4:0.19 10:0.12
b:was_different 0:0.16
b:was_discharged 2:0.17 6:0.11
b:was_dismissive 0:0.14
b:was_doing 0:0.25 1:0.28 5:0.34
b:was_done 1:-0.11 3:0.17 5:0.25
b:was_double 0:0.25
b:was_down 1:-0.13 4:0.3 5:0.21 6:0.13 11:0.18
b:was_dreading 0:0.1 5:-0.14
b:was_dry 5:0.56 12:-0.15
b:was_due 0:-0.4 4:-0.3 5:-0.18 6:0.38
b:was_easy 5:0.18
b:was_eleven 4:0.12 5:-0.2
b:was_empty 5:-0.13
b:was_entitled 4:0.27 6:-0.18
b:was_even 5:0.14
b:was_ever 1:0.15
b:was_everything 5:0.25
b:was_exactly 1:-0.13 4:0.42 5:-0.22 11:0.17
b:was_excellent 2:0.18 5:0.13 6:0.12
b:was_expecting 1:0.23 5:0.26 12:0.16
b:was_fair 4:0.22
b:was_far 2:-0.12
b:was_fast 0:0.2 5:0.12
b:was_felt 0:0.16 5:-0.11 6:0.13
b:was_filthy 3:0.39 4:0.15 5:-0.27 10:-0.1
b:was_finally 0:0.19 6:-0.12
b:was_fine 0:-0.11 1:-0.41 2:-0.13 4:-0.26 5:-0.79 6:-0.3 7:-0.11
b:was_fixed 5:-0.1
b:was_flat 0:-0.11 12:-0.23
b:was_for 0:-0.38 5:-0.11
b:was_free 4:-0.14 12:-0.11
b:was_freehold 2:0.1 6:-0.13
b:was_freezing 3:0.19 12:-0.13
b:was_friendly 1:-0.15 2:-0.23 5:-0.15
b:was_full 0:-0.38 1:0.18 2:-0.17 5:0.31
b:was_gentle 5:-0.17
b:was_genuinely 4:-0.15 5:0.14
b:was_getting 0:-0.11 5:-0.12 6:0.24
b:was_given 2:0.32
b:was_going 4:-0.14 5:-0.13
b:was_good 5:0.53 6:0.14
b:was_gr 4:0.15 5:-0.3
b:was_great 1:0.55 4:-0.25 5:0.31 6:-0.17
b:was_grey 3:-0.15 5:0.2
b:was_grim 5:-0.15
b:was_grubby 6:-0.11
b:was_grumpy 0:-0.12
b:was_half 5:0.11
b:was_handled 6:-0.12 12:0.15
b:was_happening 6:0.14
b:was_here 0:-0.16 1:-0.1 4:0.26 7:0.1
b:was_higher 4:-0.21
b:was_holding 5:0.15
b:was_honest 9:0.11
b:was_ignorant 0:-0.16 5:-0.15
b:was_immaculate 1:-0.2 3:0.21 5:-0.11 10:0.1
b:was_impossible 3:0.23 5:0.19
b:was_in 1:-0.25 4:-0.2 5:0.62 12:-0.19
b:was_just 0:0.14 1:-0.2 2:0.23 5:0.11
b:was_kind 0:0.13 2:-0.12 5:0.11
b:was_last 0:-0.28
b:was_late 0:0.16 4:0.11 5:0.13
b:was_like 5:-0.1
b:was_lively 0:0.14
b:was_lol 2:0.24
b:was_lovely 1:0.49 2:-0.26 3:0.25 4:0.16 5:-0.27 6:0.17 8:0.18
b:was_low 2:-0.13
b:was_luke 0:0.16
b:was_lukewarm 3:0.45 5:0.11
b:was_lush 1:0.21 5:-0.12
b:was_made 5:-0.11
b:was_mentioned 0:-0.11
b:was_mint 1:0.33
b:was_missing 1:-0.29 5:0.22 6:0.12 13:0.11
b:was_muy 1:0.2 5:-0.11
b:was_my 1:0.28
b:was_nearly 6:-0.13
b:was_neat 3:-0.16
b:was_needed 0:-0.18 2:0.22 6:-0.14
b:was_never 6:0.24
b:was_new 1:-0.1 5:0.19
b:was_nice 0:0.22 1:0.32 4:-0.4 5:-0.3
b:was_no 5:0.24
b:was_not 0:0.31 2:0.18 5:0.36 6:0.13 12:-0.16
b:was_nothing 5:0.23 6:-0.14
b:was_off 5:0.25
b:was_ok 0:0.19 3:-0.14 6:0.15
b:was_on 0:0.19 1:0.49 2:-0.34 4:-0.2 6:-0.25 13:-0.21
b:was_only 5:-0.15
b:was_out 0:-0.16 4:0.15
b:was_outstanding 0:-0.17
b:was_over 0:-0.44 5:0.12
b:was_overkill 2:0.18 4:0.13
b:was_packed 0:0.16 5:-0.24
b:was_particularly 1:-0.2
b:was_passed 0:0.2 2:-0.13 5:0.17 6:0.13
b:was_patient 0:0.23 1:0.17 6:-0.28
b:was_paying 4:0.14
b:was_perfect 0:-0.15 2:0.27 5:0.16 9:0.11
b:was_perfectly 0:-0.12
b:was_pink 5:0.32
b:was_polite 0:0.17 5:-0.19
b:was_praised 3:0.2
b:was_probably 5:0.19
b:was_promised 4:-0.22 5:-0.3 6:0.14 7:-0.15
b:was_proper 5:0.26
b:was_put 0:0.25
b:was_quick 1:0.35 2:-0.27 3:-0.16 4:-0.13 5:0.2
b:was_quoted 4:-0.14 5:-0.11
b:was_rated 4:-0.1 5:0.29 6:0.21
b:was_ready 5:-0.13 6:0.39 13:-0.12
b:was_really 1:-0.17 4:-0.1 5:0.23 6:-0.14
b:was_reasonable 4:0.33
b:was_reasonably 4:0.12 5:0.26
b:was_rejected 2:0.23
b:was_replaced 5:0.14
b:was_ridiculous 1:0.32
b:was_right 0:0.11 1:-0.16 4:-0.11 6:-0.31
b:was_rong 2:0.14 5:-0.18
b:was_rough 5:0.19
b:was_rude 0:-0.23 1:-0.48 2:-0.12 3:-0.14 4:-0.1 5:-0.35 6:-0.14
b:was_running 1:-0.23 6:0.3
b:was_rushed 0:-0.15 5:-0.33 6:0.36
b:was_said 4:0.16 5:-0.11
b:was_sat 0:-0.24 1:-0.14 5:0.37 6:0.13
b:was_seen 0:0.17 1:0.1 2:0.12 6:-0.13
b:was_sharp 2:0.22 5:-0.27
b:was_short 1:-0.1 5:-0.15
b:was_shorter 1:0.19 5:0.12
b:was_shut 1:0.1
b:was_sitting 0:-0.12 5:0.13
b:was_so 1:0.16 2:-0.37 6:-0.22 13:0.12
b:was_some 8:-0.11
b:was_sound 1:0.35 2:-0.2 3:-0.11 4:-0.19 5:-0.19 6:0.36
b:was_split 5:-0.15
b:was_spoken 1:0.36 2:-0.11
b:was_spot 0:-0.27 6:0.17 9:0.1
b:was_spotless 0:-0.47 1:-0.1 3:0.38 5:0.34 12:-0.15
b:was_stale 5:0.11
b:was_steep 5:0.37 6:-0.11
b:was_still 0:0.19 1:-0.21 7:-0.19 13:-0.14
b:was_straightforward 0:0.11
b:was_stress 2:0.19 9:0.14
b:was_stunning 5:0.27 6:-0.31
b:was_super 1:0.11
b:was_supposedly 1:0.24
b:was_sweet 1:-0.14 5:-0.35
b:was_talking 6:-0.11
b:was_tasty 5:0.14
b:was_ten 0:0.13
b:was_that 1:0.18 2:-0.13 5:-0.1 6:-0.2
b:was_the 2:-0.23 3:0.2 4:0.3 5:0.25 6:0.55 9:-0.14 10:0.1
b:was_thorough 1:-0.33 2:-0.14 5:0.3 6:-0.13
b:was_three 5:-0.15
b:was_tidy 5:-0.1
b:was_tired 0:0.11
b:was_to 6:0.19
b:was_told 0:0.28 1:-0.17 2:0.95 3:-0.17 4:0.22 5:-0.2 6:-0.15 7:-0.1 9:-0.14
b:was_too 5:0.12 12:0.13
b:was_underwhelming 5:-0.27
b:was_unfair 4:-0.13
b:was_unhelpful 9:-0.11
b:was_unreal 0:-0.13 3:-0.15 12:0.11
b:was_up 6:0.17
b:was_useless 4:0.12
b:was_usually 6:-0.11
b:was_very 0:-0.28 2:0.68 3:0.12 6:-0.31 9:0.33 11:-0.12
b:was_waiting 0:0.12
b:was_warm 1:0.12 12:0.16
b:was_wasting 6:0.13
b:was_waterlogged 2:-0.1 5:0.3
b:was_well 5:-0.15
b:was_wonderful 5:0.12
b:was_worth 0:-0.14 3:-0.16 4:0.18 5:-0.25 12:0.22
b:was_wrong 0:-0.15 2:0.14 5:-0.19 6:-0.15 8:-0.12 9:0.14
b:was_£ 0:-0.22 1:-0.2 3:0.24 4:0.81 5:-0.79 6:0.2 7:0.1 12:-0.12
b:washing_machine 1:0.14
b:wasnt_cheap 4:0.13 5:0.14
b:wasnt_cleaned 3:0.15
b:wasnt_even 1:0.12
b:wasnt_exactly 0:0.13 2:-0.12 5:-0.22 6:0.35 13:-0.11
b:wasnt_kept 0:0.12 1:0.16 2:-0.12
b:wasnt_mentioned 6:0.23
b:wasnt_one 0:-0.14 6:0.19
b:wasnt_ready 0:0.12 5:-0.14 6:-0.14
b:wasnt_registered 2:0.28
b:wasnt_rude 1:-0.29
b:wasnt_the 0:0.55 1:-0.33 4:-0.14 5:-0.13
b:wasnt_too 0:0.1
b:wasnt_unkind 1:0.4 5:-0.1
b:wasnt_worth 2:0.25 4:-0.17 5:-0.1 6:-0.21
b:wasnt_wrong 1:0.25
b:waste_collection 3:0.12 4:-0.37
b:waste_of 3:-0.2 4:0.2 5:0.44 12:-0.11
b:wasting_her 6:0.11
b:watch_strap 1:0.11 4:0.22 5:-0.16
b:water_and 4:0.1 5:-0.12
b:water_bill 5:0.13
b:water_board 5:-0.18 6:0.21
b:water_coming 5:0.29
b:water_company 0:0.37
b:water_companys 0:-0.11
b:water_cooler 1:-0.19 2:-0.13 5:-0.15
b:water_is 3:0.37 5:-0.17
b:water_meter 5:-0.17
b:water_pipe 1:-0.14 3:-0.11 5:0.55 6:0.16 12:-0.18
b:water_was 5:0.34
b:waterlogged_and 2:-0.1 5:0.3
b:way_and 4:0.22
b:way_down 0:0.1
b:way_for 0:0.35 1:0.27 4:-0.11 6:-0.1 13:-0.14
b:way_i 2:-0.12 4:0.11
b:way_my 2:0.21
b:way_of 6:0.11
b:way_off 2:0.12
b:way_the 1:0.28
b:way_to 0:-0.2 5:0.12 6:0.22
b:we_are 0:0.21 2:-0.11
b:we_arrived 0:0.1 1:-0.2 5:-0.18 11:-0.12
b:we_ask 4:0.26
b:we_asked 0:0.12 1:0.13
b:we_brought 3:0.18 5:-0.19 10:0.18
b:we_came 5:-0.13
b:we_can 0:0.26 3:-0.19 5:-0.24 6:0.18
b:we_cant 4:-0.12 6:0.31 13:-0.14
b:we_changed 5:0.22
b:we_charge 4:0.17
b:we_could 5:-0.11
b:we_didnt 0:-0.13
b:we_do 11:-0.12
b:we_dont 2:-0.14 5:-0.19 6:0.36 11:-0.13
b:we_end 2:0.24 5:-0.19 6:-0.23
b:we_ended 1:-0.16
b:we_expected 4:-0.1
b:we_finally 0:0.36 1:0.12 9:0.19
b:we_find 4:0.1
b:we_first 0:0.12 4:0.16
b:we_found 5:-0.21
b:we_get 0:-0.27 2:-0.12 4:-0.14 5:-0.13 6:0.13
b:we_go 0:0.12
b:we_got 0:0.22 2:-0.19 6:0.27 7:0.18
b:we_had 1:0.12 5:0.12 6:-0.23
b:we_have 1:-0.19 2:0.14 5:0.18 6:-0.16
b:we_heard 4:-0.14 5:0.16
b:we_hired 3:0.11
b:we_just 0:-0.12 1:-0.15 2:0.31 5:-0.17 13:-0.12
b:we_left 3:-0.21
b:we_look 2:-0.16 6:0.26
b:we_lost 5:-0.12
b:we_missed 0:-0.35 2:0.28 5:0.2
b:we_nearly 2:-0.15 6:0.31
b:we_need 1:-0.11 3:-0.21
b:we_needed 5:0.33 6:-0.13 12:0.11
b:we_never 2:0.14 5:-0.18
b:we_now 13:0.11
b:we_often 2:0.12 5:0.12
b:we_only 6:0.11
b:we_paid 3:-0.22 4:0.14 5:0.34 12:-0.11
b:we_phone 0:0.11 6:0.27
b:we_please 0:-0.23 5:-0.13
b:we_put 4:0.17 5:0.16
b:we_queued 5:0.15
b:we_say 5:0.18 11:0.11
b:we_sent 2:-0.26 6:0.34
b:we_set 5:0.21
b:we_spoke 0:0.17
b:we_started 0:-0.19 3:0.41 4:-0.17 6:0.24 10:0.13 13:0.19
b:we_stayed 5:0.16
b:we_still 4:0.21
b:we_stop 5:0.43 6:0.17
b:we_take 6:0.22
b:we_tell 6:0.21
b:we_took 6:0.2
b:we_use 5:0.19
b:we_visited 5:0.21
b:we_wait 0:-0.12 1:0.1
b:we_waited 0:-0.14 1:0.21 5:0.12 6:0.13
b:we_walked 0:-0.2 6:-0.25
b:we_wanted 5:0.22
b:we_went 0:0.11 5:-0.18 6:-0.34
b:we_were 0:0.11 1:0.15 2:0.34 3:0.18 4:-0.14 5:0.38
b:we_werent 0:-0.14 2:-0.1 6:0.24
b:we_will 0:0.22 5:-0.14
b:we_wont 0:0.15
b:web_hosting 0:0.11
b:website_said 1:0.16 4:0.15 11:-0.13
b:website_says 2:0.32 4:0.19 6:-0.11
b:website_was 6:-0.18
b:wed_been 6:0.23
b:wed_had 1:-0.1 3:-0.12 5:-0.12
b:wed_left 3:-0.1 4:0.16
b:wed_paid 5:0.21 6:0.3
b:wedding_coordinator 5:0.18
b:wedding_dress 2:0.23 5:0.16
b:wedding_invites 5:0.12 6:0.32 13:0.1
b:wedding_package 5:0.12
b:wedding_reception 1:0.17
b:wedding_venue 5:-0.11 6:0.19
b:wedding_venues 1:-0.17
b:week_after 0:0.41 2:-0.15 6:-0.16
b:week_alone 5:0.14
b:week_and 0:-0.22 2:-0.13 5:-0.34
b:week_before 0:-0.27
b:week_for 0:0.1 5:-0.11 6:-0.15
b:week_have 1:-0.12
b:week_in 5:0.19
b:week_job 0:0.27 1:-0.14 5:-0.14
b:week_late 2:-0.15
b:week_later 2:0.29 5:0.19
b:week_of 0:0.12 13:-0.12
b:week_the 5:0.1
b:week_to 0:-0.36 6:0.13
b:week_when 5:-0.11 13:0.16
b:weekend_and 5:0.23
b:weekend_while 1:0.14
b:weekly_email 5:-0.12 6:0.12 13:0.13
b:weeks_! 4:-0.28
b:weeks_ago 0:0.1 6:-0.1
b:weeks_and 0:0.2 2:-0.16 7:-0.12
b:weeks_before 0:-0.14 1:0.13 2:-0.13 4:0.11
b:weeks_for 0:0.2 2:0.44 4:-0.12 5:-0.2
b:weeks_in 2:0.1
b:weeks_later 0:0.32 2:-0.23 5:-0.19 6:-0.12
b:weeks_my 5:0.14 6:-0.11
b:weeks_no 12:0.42
b:weeks_of 6:0.1
b:weeks_on 2:0.24 5:-0.11
b:weeks_out 1:-0.13
b:weeks_running 0:-0.46 3:-0.24 5:0.44 12:-0.2
b:weeks_she 0:-0.15 1:0.14
b:weeks_to 0:0.42 2:-0.2 4:-0.11 5:-0.31 7:-0.19
b:weeks_when 6:0.14
b:weeks_with 5:-0.13
b:welcome_ive 1:0.12
b:well_be 1:-0.4
b:well_call 5:-0.12 6:0.13
b:well_done 1:0.12 5:-0.1
b:well_informed 1:-0.12 5:-0.12
b:well_inside 0:0.11 5:-0.14
b:well_lit 3:0.11 5:-0.27
b:well_moody 1:0.11
b:well_organised 2:-0.16
b:well_packed 5:0.68
b:well_spent 5:0.12 7:-0.11
b:well_with 11:0.1
b:went_at 4:0.1 5:0.14
b:went_back 0:-0.18 2:0.2 5:0.22
b:went_cold 0:0.36 5:-0.15
b:went_for 3:-0.13 5:-0.14
b:went_from 1:0.42 2:0.2 5:0.3 6:-0.21
b:went_home 5:-0.13
b:went_in 1:-0.35 3:0.19 4:0.1 5:0.25 12:-0.17
b:went_into 2:0.12 6:-0.18
b:went_live 6:0.13
b:went_off 4:-0.2 6:0.14
b:went_on 6:-0.15
b:went_out 1:-0.22 2:-0.22 4:-0.14 6:-0.17
b:went_over 5:-0.15
b:went_perfectly 0:0.11
b:went_round 6:0.12 10:0.16
b:went_through 2:-0.18 5:-0.33 6:0.28 13:0.16
b:went_to 0:0.24 2:0.2 5:0.48 6:-0.59 13:-0.14
b:went_unanswered 5:0.24 12:0.16
b:went_up 0:-0.22 2:-0.11 4:-0.38 6:0.19
b:went_with 3:-0.12 4:-0.13
b:went_wrong 5:-0.24
b:were_20 0:-0.1 2:0.14
b:were_a 0:-0.11 2:-0.19 5:-0.31
b:were_ace 1:0.46
b:were_actually 1:0.2
b:were_all 1:-0.47 3:-0.3
b:were_always 5:0.35
b:were_amazing 6:0.11
b:were_angry 6:0.13
b:were_answered 1:0.29
b:were_asked 0:0.14 2:-0.25 4:-0.1 5:0.17 6:-0.13
b:were_back 1:-0.28 2:-0.21
b:were_being 2:-0.1
b:were_better 0:0.12
b:were_brill 1:0.11 5:-0.12
b:were_brilliant 1:0.33 5:-0.12
b:were_broadly 0:0.11
b:were_careful 5:0.18
b:were_cheap 4:-0.21 5:0.21
b:were_cheerful 1:0.11
b:were_clear 13:0.12
b:were_clearly 0:-0.11 1:-0.13
b:were_cold 0:-0.15 1:0.27 5:-0.23
b:were_confusing 6:0.13
b:were_consistent 1:-0.21 2:0.27
b:were_consistently 1:0.14 5:0.22
b:were_courteous 0:0.1 1:0.11 5:0.18
b:were_cut 0:0.26
b:were_dead 3:0.31
b:were_described 0:0.32 1:0.11 2:0.2 4:0.27 5:0.53
b:were_dirty 5:-0.29
b:were_disgusting 3:0.18
b:were_divided 2:-0.15
b:were_doing 2:0.19 5:-0.15
b:were_excellent 1:-0.14
b:were_explained 6:-0.35
b:were_eye 1:0.14
b:were_fair 1:-0.14 11:0.11
b:were_far 0:0.13 1:0.1 4:-0.15
b:were_fine 1:-0.19 2:0.43 4:-0.14 5:-0.2 9:-0.14
b:were_for 6:0.42 13:-0.11
b:were_friendly 2:0.24
b:were_furious 0:0.19
b:were_generous 0:0.14
b:were_genuinely 1:-0.2 2:-0.2
b:were_getting 0:-0.46 2:-0.24
b:were_given 0:-0.11 2:0.21 5:-0.18
b:were_good 5:0.15
b:were_gorgeous 5:0.28
b:were_half 1:-0.17 5:0.22 12:0.12
b:were_hard 5:0.37 6:0.17
b:were_honest 2:-0.15 13:0.13
b:were_illegal 1:-0.12
b:were_immaculate 2:0.14 5:-0.13
b:were_in 0:0.2 5:0.14
b:were_largely 4:-0.11
b:were_like 5:0.15 10:-0.11
b:were_lovely 0:0.15 5:0.16 6:-0.16
b:were_made 5:0.18
b:were_mixed 0:-0.15 1:-0.21 5:0.12 6:0.11 12:0.14
b:were_never 0:-0.18 2:0.1
b:were_not 0:0.12 1:0.32 4:-0.17 5:-0.41 6:-0.1
b:were_on 0:0.24 5:-0.14
b:were_out 3:0.13
b:were_patient 0:-0.13
b:were_paying 11:-0.12
b:were_polite 1:0.21 12:0.14
b:were_positive 5:0.18
b:were_praised 1:0.21 5:0.18
b:were_promised 0:0.18 6:0.21
b:were_pushy 1:0.1
b:were_quick 0:0.14 3:0.21
b:were_quoted 2:0.32
b:were_rank 3:0.11
b:were_rated 0:-0.18
b:were_ready 6:0.12
b:were_really 6:0.13
b:were_rude 2:-0.12
b:were_running 0:-0.31 6:0.15 13:0.1
b:were_safe 2:0.13
b:were_said 0:-0.14 5:0.28
b:were_sat 5:0.1
b:were_scathing 0:0.12 2:0.25 5:0.1
b:were_short 0:0.16 1:-0.2 2:-0.18
b:were_so 0:0.14 5:0.1
b:were_split 1:0.22 2:-0.11
b:were_spotless 4:-0.18 5:-0.15
b:were_sticky 5:-0.1
b:were_still 0:0.24 3:-0.34 5:0.3
b:were_the 0:-0.11 1:0.38 2:-0.11 4:0.58 5:-0.16 10:0.12
b:were_told 0:-0.38 1:0.32 2:-0.41 4:0.42 5:0.48 6:0.43 13:-0.11
b:were_too 1:0.21 5:-0.11 8:0.11
b:were_unanimous 4:0.17
b:were_usually 2:0.14
b:were_very 0:0.29 1:0.14 6:-0.19
b:were_well 1:0.14 4:0.37
b:were_worth 3:-0.14 5:-0.13
b:were_£ 4:0.11
b:werent_rude 1:-0.29
b:werent_unhelpful 0:0.13
b:weve_been 3:-0.14 4:-0.15 5:-0.16 6:-0.31
b:weve_got 0:0.11 2:0.19 5:-0.11
b:weve_had 1:0.31 2:-0.15 3:0.12 4:0.44 5:0.27 6:-0.12
b:weve_lost 0:0.11
b:weve_stopped 7:-0.11 10:-0.13
b:what_a 2:0.15 6:-0.22 11:-0.27 12:-0.41
b:what_an 1:-0.22 2:0.15 9:-0.18
b:what_could 1:-0.2 5:-0.12 6:0.11
b:what_good 1:-0.13 4:-0.12
b:what_had 2:0.15 6:0.12
b:what_half 6:0.15
b:what_he 0:0.18 1:-0.21 2:0.1 4:0.31 5:0.32 12:0.11
b:what_hed 5:0.15
b:what_i 0:-0.15 4:0.35 5:-0.21 6:-0.14 9:0.11
b:what_id 0:0.21 2:0.11 5:-0.19 6:0.15
b:what_im 6:-0.11
b:what_is 5:-0.14 6:0.17
b:what_it 0:0.11 1:-0.18 2:-0.2 4:-0.22 5:-0.36 6:-0.35 11:-0.15
b:what_more 1:0.35 3:0.12
b:what_music 5:-0.16 6:0.11
b:what_my 1:-0.11 5:0.32 6:0.13
b:what_needs 5:0.12
b:what_she 0:0.17 1:0.39 5:0.15
b:what_shed 1:0.11 2:-0.11 4:0.12
b:what_the 0:-0.28 1:-0.25 4:-0.11 5:0.38 6:0.19 11:0.12
b:what_their 6:0.12
b:what_they 0:-0.2 1:-0.23 5:-0.17 6:0.17 11:0.14
b:what_theyd 4:-0.16
b:what_theyre 4:-0.4 5:-0.24 6:-0.11 13:0.12
b:what_theyve 1:-0.11 5:0.23
b:what_to 0:-0.13 1:0.32 4:-0.1 6:0.25 12:0.11 13:0.24
b:what_was 2:0.17 4:-0.19 5:-0.28 6:0.45 7:-0.13 8:-0.1 9:0.16
b:what_we 1:0.17 4:0.12 5:0.17 6:-0.15
b:what_would 13:0.16
b:what_you 2:-0.11
b:what_youd 1:-0.36 5:-0.15 6:-0.1
b:whats_going 2:-0.21 6:0.43
b:whats_wrong 2:0.15 6:-0.39
b:when_a 0:-0.12 2:0.11 5:-0.23 6:-0.13
b:when_an 1:-0.11 2:0.23 3:0.1
b:when_anyone 1:0.14 2:-0.17 6:0.12
b:when_asked 1:-0.13 2:-0.2 4:-0.12
b:when_customers 2:0.45 6:0.25
b:when_dad 2:0.26
b:when_half 1:-0.17 5:-0.13
b:when_he 0:0.25 1:0.15 2:-0.53 3:0.1 5:0.69 6:0.37 8:0.22
b:when_i 0:0.25 1:1.24 2:-0.25 4:-0.13 5:0.84 6:-0.28 8:-0.29 12:-0.14 13:-0.16
b:when_im 0:-0.13 5:-0.12
b:when_it 0:-0.25 1:-0.15 2:0.3 4:0.19 13:-0.18
b:when_its 0:-0.23 2:0.11 5:-0.2 6:0.33
b:when_my 0:-0.25 1:0.26 2:-0.14 5:0.12 13:0.15
b:when_our 1:0.19 6:0.21
b:when_promised 0:0.28
b:when_ready 0:-0.14 6:-0.35
b:when_she 0:0.36 2:0.15 5:-0.15 6:-0.15 7:0.14
b:when_shes 5:-0.14
b:when_someone 5:0.33
b:when_the 0:0.17 1:-0.49 3:-0.11 4:-0.1 5:-0.42 6:-0.1 7:-0.14 11:-0.19 13:0.22
b:when_their 0:-0.24 1:-0.27 2:-0.38 5:-0.21 6:0.19
b:when_theres 2:0.13 12:0.11
b:when_they 3:-0.1 5:-0.3 6:0.18 11:-0.11 13:-0.25
b:when_theyd 6:0.23
b:when_theyre 1:-0.21 2:0.14
b:when_we 0:0.22 1:-0.15 3:0.16 4:0.23 5:-0.18 6:0.27 10:-0.1 13:-0.12
b:when_wed 3:-0.15 5:0.21
b:when_youre 0:-0.34
b:whenever_i 1:0.14 5:-0.11 6:-0.17
b:where_anything 1:-0.1 2:0.25 9:-0.13
b:where_do 5:0.21
b:where_else 11:0.13
b:where_is 5:-0.24
b:where_it 0:-0.11 2:-0.43 5:-0.27 6:0.53
b:where_its 0:0.36 5:0.11 6:-0.13
b:where_my 2:-0.43 6:0.2
b:where_the 0:-0.17 1:0.24 2:0.59 4:-0.13
b:where_their 2:-0.13 6:0.54
b:where_theyd 12:-0.15
b:where_to 5:0.22 6:-0.1
b:where_we 0:0.14 2:0.1 6:-0.14
b:wheres_my 6:0.18
b:whether_anyone 6:0.15
b:whether_his 2:-0.12
b:whether_i 2:0.19 6:-0.26
b:whether_my 0:-0.13 1:-0.23 2:0.12
b:whether_our 0:0.16 2:-0.36 6:0.14
b:whether_the 0:-0.12 1:-0.26 2:0.19 5:-0.55 6:-0.3 9:-0.12
b:whether_they 4:-0.12 10:-0.11
b:whether_we 3:-0.11
b:which_after 5:-0.21
b:which_customs 1:0.25
b:which_cut 0:-0.18 2:0.24 6:-0.13
b:which_days 2:-0.18
b:which_dishes 2:0.17 5:-0.37
b:which_end 2:0.18
b:which_felt 4:0.14 13:0.12
b:which_for 1:-0.28
b:which_form 1:-0.13
b:which_got 6:-0.17
b:which_helped 0:0.13
b:which_i 2:-0.14 3:0.28 4:0.18 5:0.18 6:-0.13 13:0.16
b:which_id 2:-0.14 3:0.29 6:0.3 11:0.1
b:which_is 0:-0.68 3:-0.27 5:-0.22 6:0.34 8:-0.12
b:which_made 0:0.33
b:which_makes 2:0.11
b:which_matters 0:-0.14
b:which_means 1:-0.1 5:0.14
b:which_never 0:0.13
b:which_nobody 0:-0.22 2:0.33 4:0.12 5:-0.11 6:0.17
b:which_ones 1:0.18 6:-0.16
b:which_primer 3:-0.13
b:which_several 6:0.18
b:which_she 6:-0.11
b:which_surprised 5:0.24 10:0.16
b:which_they 0:0.24 1:-0.23 2:-0.1 5:0.38 6:0.35 7:0.16
b:which_time 7:-0.13
b:which_took 5:-0.11
b:which_train 2:-0.21 6:0.17
b:which_turned 4:0.13
b:which_two 0:-0.31 1:-0.23 5:-0.11
b:which_was 1:0.3 2:-0.47 6:0.11
b:while_he 1:-0.13 2:0.13
b:while_her 2:0.11
b:while_i 0:0.31 1:-0.39 2:-0.12 4:0.13 5:0.28 7:0.11 11:0.13
b:while_older 0:0.14
b:while_the 0:0.15 1:-0.27 6:-0.17
b:while_two 1:0.27 2:-0.2
b:while_we 0:0.27 5:-0.22
b:while_you 0:0.16
b:white_that 1:-0.19 3:-0.11 5:-0.28
b:who_actually 0:0.13 2:0.46 4:-0.23 5:-0.14
b:who_answered 1:0.13 8:0.13
b:who_book 1:-0.23
b:who_came 0:0.11 4:0.12 5:-0.19
b:who_clearly 6:-0.14
b:who_delivered 1:0.12
b:who_did 2:0.12 4:-0.32 5:-0.13
b:who_didnt 1:-0.11 2:0.12 9:-0.11
b:who_do 6:0.16
b:who_does 6:0.16
b:who_dont 2:-0.13
b:who_eventually 0:-0.17 5:0.13
b:who_finally 0:0.19 5:0.14
b:who_had 0:0.59 1:-0.2 2:-0.1 4:-0.17 5:0.13 7:-0.2 9:-0.12
b:who_has 1:-0.2 5:0.14
b:who_is 2:-0.19 5:0.26 6:0.12
b:who_knows 2:0.1 4:0.15
b:who_never 4:0.23 6:0.18
b:who_runs 1:0.13 4:0.13
b:who_still 2:0.16 5:-0.14
b:who_they 6:-0.13 9:0.18
b:who_use 6:-0.12 8:-0.11
b:who_used 0:-0.16 2:0.18
b:who_was 0:-0.12
b:who_went 6:0.12
b:who_were 2:0.33
b:who_works 5:-0.16
b:whod_used 2:0.1
b:whole_history 6:0.13
b:whole_house 1:-0.22 5:-0.15
b:whole_phone 0:0.22 8:-0.14
b:whole_stay 5:-0.19
b:whole_team 1:-0.25
b:whole_thing 5:-0.11
b:whole_time 1:0.35 2:0.16 3:0.12 5:0.25 6:0.26 8:-0.1
b:whole_way 4:0.21
b:whom_it 4:-0.29
b:whos_actually 1:0.26 6:-0.14
b:whos_ever 11:0.13
b:whos_hard 6:0.13
b:why_i 2:-0.13 6:0.24
b:why_it 5:0.4 13:0.1
b:why_my 0:0.16 2:-0.13 5:0.11
b:why_she 5:-0.12
b:why_the 2:0.22 4:-0.14
b:why_they 2:0.16 5:-0.13 6:-0.3
b:why_we 5:-0.11 11:0.13
b:wifi_dropped 1:-0.1 5:0.25
b:wifi_extender 5:-0.16
b:wifi_in 0:-0.22 5:0.27
b:wifi_is 1:-0.21
b:wifi_kept 6:-0.2
b:wifi_was 4:-0.36 5:0.23 12:-0.16
b:will_be 0:0.23 2:-0.21 4:-0.28 7:-0.14
b:will_come 5:-0.2
b:will_fix 5:-0.11
b:will_say 6:-0.13
b:will_turn 2:-0.12 5:-0.1 6:0.17
b:win_£ 4:-0.21
b:window_and 1:0.11 5:-0.13 6:0.16 7:0.11
b:window_cleaner 6:0.13 13:0.1
b:window_cleaners 1:-0.12
b:window_is 0:0.11
b:windows_on 3:-0.16
b:wine_list 5:0.29 11:0.12
b:wine_stain 3:-0.18 5:0.28 12:0.14
b:wiped_down 5:-0.21
b:wiped_the 5:0.3
b:wish_to 4:0.12 5:-0.18 6:0.11
b:with_1 4:0.22 6:0.14
b:with_a 0:0.25 1:0.16 2:-0.54 3:0.1 4:0.18 5:-0.23 6:0.11 7:0.18 8:-0.13 11:0.16 12:-0.17 13:0.13
b:with_an 0:-0.3 1:-0.1 5:0.15
b:with_another 2:0.21 6:-0.12
b:with_are 0:0.15
b:with_callers 1:0.11 2:0.22
b:with_conflicting 2:0.11
b:with_customers 1:0.4
b:with_dad 6:0.19
b:with_dave 1:-0.23
b:with_extras 0:0.2
b:with_half 5:0.21
b:with_her 1:0.2 4:0.12 6:-0.27
b:with_him 1:0.21
b:with_it 1:0.21 10:-0.11 12:-0.11
b:with_me 0:-0.22 1:0.41 2:-0.44 3:-0.11 4:-0.11 5:-0.41 6:-0.42
b:with_my 0:-0.44 1:0.23 2:0.27 3:-0.12 4:-0.2 5:-0.13 6:-0.39
b:with_new 1:-0.13
b:with_next 5:0.16
b:with_no 4:0.14 6:0.7 11:-0.15 12:-0.18 13:-0.12
b:with_nobody 1:-0.18
b:with_one 0:0.14 1:-0.23 5:-0.13
b:with_only 4:0.11
b:with_our 1:0.3 2:-0.12 5:-0.2
b:with_people 1:0.12 2:-0.11 4:0.13
b:with_popcorn 5:0.16
b:with_real 0:0.24 1:0.28 5:-0.13
b:with_several 0:-0.1 4:0.1 5:0.12 12:0.11
b:with_that 0:0.16 1:0.14 4:0.22 5:-0.15 11:0.17
b:with_the 0:-0.12 1:-0.85 2:0.38 5:0.18 6:-0.12 9:0.3 10:-0.18
b:with_their 2:0.19 5:-0.29
b:with_them 1:0.25 2:-0.12 3:0.12 4:-0.18 5:-0.21 6:-0.11
b:with_this 5:0.12
b:with_three 2:0.14 5:-0.13
b:with_updates 0:0.14 5:0.1
b:with_us 0:-0.29 2:-0.2 3:-0.18 5:-0.16 6:0.15
b:within_10 0:-0.18 4:-0.18 5:0.32 6:-0.12
b:within_24 0:-0.59 2:-0.17 5:-0.21 6:0.12
b:within_3 7:0.13
b:within_48 0:0.15 4:-0.12 5:0.18
b:within_5 0:0.37 5:-0.25
b:within_90 0:0.11 5:-0.11 6:-0.1
b:within_a 0:0.73 1:-0.18 2:0.15 3:0.11 4:0.33 6:-0.17 7:0.2 12:-0.13 13:0.14
b:within_an 0:0.21
b:within_five 0:-0.32 5:-0.18
b:within_fourteen 0:-0.1
b:within_minutes 5:-0.12
b:within_seconds 6:0.31
b:within_the 0:-0.41 1:0.35 5:0.4 6:0.19
b:within_two 1:-0.13 5:0.32 6:0.1 13:0.12
b:without_a 0:0.27 1:0.12 2:-0.16 3:-0.11
b:without_any 0:-0.35 2:0.14 3:0.14 5:-0.25 6:0.6 13:0.14
b:without_asking 6:0.12
b:without_being 5:-0.13
b:without_even 2:0.15
b:without_ever 0:0.27 5:0.17 6:0.1
b:without_fail 5:-0.22
b:without_looking 5:-0.1
b:without_making 1:0.18
b:without_me 4:0.3 6:-0.24 11:0.12
b:without_once 2:0.2 5:-0.1
b:without_so 6:0.15
b:without_telling 0:-0.13
b:without_the 2:-0.17 6:0.11
b:without_us 5:0.45 8:0.1 12:-0.17
b:wiv_my 4:0.16 5:-0.13
b:woman_at 1:0.19 2:-0.15 11:0.11
b:woman_knew 6:-0.1
b:woman_on 1:0.27
b:woman_said 1:-0.11 5:0.1
b:woman_who 1:0.14 4:0.17
b:wont_be 0:0.14 3:0.13
b:wont_bother 6:-0.12
b:wont_close 3:-0.23 5:0.15 12:-0.14
b:wont_let 5:0.13
b:wont_start 2:0.11 5:0.13
b:wool_coat 1:0.31
b:word_about 1:-0.37 6:0.37
b:word_from 6:-0.1
b:word_of 1:0.15
b:word_to 0:0.17
b:words_i 1:-0.15
b:wore_shoe 3:0.31
b:work_and 5:0.11 6:-0.15
b:work_before 6:0.14
b:work_coach 2:-0.23
b:work_from 5:0.26
b:work_if 0:-0.2 5:-0.48
b:work_is 3:-0.13 5:0.19 12:0.13
b:work_on 5:0.29 6:0.2
b:work_out 4:-0.11 5:-0.12 6:0.27
b:work_the 1:-0.13 5:-0.31 6:0.13
b:work_was 3:0.12 5:0.16 6:0.1
b:work_with 0:-0.17 1:-0.22 2:0.23 9:-0.13
b:worked_at 6:-0.18
b:worked_first 2:0.21 5:-0.19 6:-0.2
b:worked_hard 4:0.1
b:worked_on 5:0.11
b:worked_out 0:-0.3 2:0.36 5:-0.17 6:0.18 9:0.21
b:worked_with 2:0.12
b:working_after 0:0.1
b:working_days 0:0.62 1:0.18 4:-0.19 5:-0.32 6:-0.23
b:working_in 5:0.25
b:working_within 0:-0.14
b:works_fine 1:0.21 5:0.23
b:works_out 4:0.14
b:worn_pads 6:0.31
b:worn_parts 4:-0.11
b:worse_than 5:-0.11
b:worth_every 0:-0.16 4:0.18 5:-0.24 11:0.31 12:0.19
b:worth_it 2:0.19 3:-0.17 4:-0.26 11:-0.2
b:worth_the 1:-0.12 3:-0.28 4:0.42 5:0.77 11:0.18 12:0.19
b:would_be 0:0.12 1:-0.18 2:-0.4 4:-0.22 6:0.23 10:-0.1
b:would_call 0:-0.22
b:would_come 2:-0.12
b:would_cost 4:-0.19
b:would_do 2:0.15 4:0.14
b:would_go 1:0.14
b:would_happen 0:0.13 2:-0.15 13:0.15
b:would_have 0:-0.15 4:0.14 6:0.19 13:-0.18
b:would_help 2:0.26 6:-0.15
b:would_last 0:-0.14 2:0.45 5:0.43
b:would_look 5:0.11
b:would_need 0:0.18
b:would_pay 0:-0.14
b:would_recommend 0:-0.18 2:-0.17 5:-0.19 11:0.18
b:would_ring 0:-0.11 2:-0.25 13:-0.11
b:would_still 2:-0.13
b:would_stop 6:-0.3
b:would_take 0:0.21 2:-0.24
b:would_use 2:0.27
b:would_work 0:-0.17 1:-0.22 2:0.23 9:-0.13
b:wouldnt_even 1:0.3 5:0.16
b:wouldnt_have 0:0.18 6:0.14
b:wouldnt_let 1:-0.18 13:-0.11
b:wouldnt_move 0:0.1
b:wouldnt_open 0:0.11 5:0.34 6:0.14
b:wouldnt_say 6:-0.12 9:-0.11
b:wouldnt_take 0:-0.17 1:0.2
b:write_home 1:-0.21 5:-0.19
b:write_regarding 0:0.2 5:-0.17
b:write_to 1:0.12 2:0.11 5:0.17
b:writing_receipts 1:-0.11
b:writing_to 0:-0.17
b:written_apology 6:0.11
b:written_quote 5:0.13
b:wrong_address 1:0.21 6:-0.13
b:wrong_and 0:-0.15 6:-0.22
b:wrong_bill 1:0.11 2:-0.13
b:wrong_colour 2:-0.14 5:-0.21
b:wrong_date 4:-0.11 5:0.19 6:0.27
b:wrong_day 5:-0.23
b:wrong_form 0:0.18
b:wrong_house 5:0.23
b:wrong_in 2:-0.16 5:0.18
b:wrong_information 0:-0.13 2:0.14 5:-0.1
b:wrong_items 2:-0.19 5:0.19
b:wrong_on 6:0.15
b:wrong_thing 0:-0.17 2:0.18 5:-0.18
b:wrong_twice 2:0.15 4:0.28
b:wrong_wall 5:0.25
b:wrong_with 0:-0.13 2:0.34 5:-0.14 8:-0.11
b:wrong_within 1:-0.12
b:wrote_it 0:0.11
b:wrote_the 3:0.17
b:wrote_to 0:0.12 1:-0.17 3:-0.16 5:0.18 6:0.11
b:wudnt_open 5:0.6 12:-0.11
b:x_ray 0:-0.32 2:0.14 9:-0.1
b:year_and 1:0.24 6:-0.1
b:year_for 4:0.13 5:0.23 11:-0.22
b:year_old 1:0.2 2:0.11 5:-0.3 6:0.33
b:year_was 4:-0.25
b:years_ago 5:0.13
b:years_and 1:0.18 2:-0.1 5:-0.2 12:-0.12
b:years_of 0:0.18 3:-0.18 5:0.12
b:years_on 4:0.15 9:0.15 11:0.14 12:0.14
b:years_out 5:-0.15
b:years_without 5:-0.11
b:yonks_to 0:0.11
b:you_! 1:0.18
b:you_a 6:0.12
b:you_absolutely 6:0.12
b:you_back 5:-0.14 6:0.18
b:you_can 2:0.31 3:-0.11 4:0.19 6:-0.3
b:you_cant 1:0.14 11:0.2
b:you_card 0:-0.15 5:0.24
b:you_could 3:0.18 5:0.25 10:0.17
b:you_expect 11:-0.11
b:you_feel 0:-0.1 1:0.22
b:you_get 5:0.17 6:-0.18 11:0.17
b:you_like 1:-0.15 2:0.15 4:-0.12 8:-0.15
b:you_looked 0:-0.13
b:you_pay 5:0.32
b:you_see 5:0.38
b:you_the 0:0.34 1:0.26 5:-0.12
b:you_to 0:-0.19 1:-0.71
b:you_walk 5:-0.12
b:you_want 1:0.34 3:0.12
b:you_which 2:0.18
b:youd_call 1:-0.3 5:-0.11
b:youd_never 5:0.16
b:youd_think 5:-0.15
b:young_lad 2:0.15
b:younger_members 1:0.14 8:0.11
b:younger_ones 0:-0.12 2:-0.14 5:-0.13
b:younger_participant 6:0.15
b:younger_participants 1:-0.11
b:your_call 0:0.43 2:-0.14
b:your_driver 1:-0.17 5:-0.1 6:0.25
b:your_earliest 4:-0.27 5:0.15
b:your_engineer 0:-0.21 12:-0.13
b:your_retirement 1:-0.17
b:your_room 6:-0.14
b:youre_a 0:0.3 2:-0.13
b:yours_faithfully 0:-0.19 2:-0.16 5:0.23
b:zero_stars 4:0.11
b:£_1 0:-0.26 4:0.14 5:0.11 11:0.2
b:£_10 0:-0.16 1:0.14
b:£_100 0:0.23 4:-0.15 5:0.27 6:-0.23
b:£_12 0:-0.1 2:0.12 3:0.16 4:0.12 9:0.1 11:0.19
b:£_120 1:-0.14 2:-0.13 3:-0.12 4:0.22 5:0.6 6:0.24 12:-0.15
b:£_14 3:-0.19 5:0.33
b:£_140 11:-0.18
b:£_15 2:-0.1 4:-0.2 5:-0.11 6:-0.11
b:£_150 0:0.27 3:-0.28 11:0.24
b:£_165 2:0.12
b:£_18 4:0.29 6:0.29
b:£_180 2:0.11 4:0.13 5:0.23 11:-0.17
b:£_19 0:-0.16 4:0.11 5:0.48 12:0.11
b:£_2 0:-0.45 1:-0.11 2:-0.17 4:-0.32 5:-0.24 11:0.14 13:0.11
b:£_20 0:0.1 1:-0.14 2:-0.14 3:-0.13 4:-0.23
b:£_200 2:0.13
b:£_210 5:-0.12 6:0.19
b:£_212 4:-0.19 6:-0.1 7:-0.11
b:£_22 5:-0.2 6:0.3
b:£_240 2:0.14
b:£_25 0:-0.13 4:-0.15 5:-0.41 6:0.41 11:0.19 12:0.13
b:£_250 4:0.11 5:0.3 6:-0.25
b:£_26 12:-0.12
b:£_260 5:0.17
b:£_27 4:-0.16 5:-0.15
b:£_28 1:0.16 4:0.24 5:0.36 6:-0.15 12:0.11
b:£_29 0:0.18
b:£_3 4:-0.49 6:-0.4 7:0.1 12:0.13
b:£_30 1:0.2 6:-0.11 12:0.12 13:0.12
b:£_300 0:0.16 1:-0.11 4:0.19
b:£_340 5:-0.11 6:0.39
b:£_35 3:0.26 4:-0.11 5:0.22 11:0.14
b:£_350 5:0.27
b:£_38 1:-0.14 3:0.1 4:0.11 5:-0.18 6:-0.14 11:-0.13 12:-0.11
b:£_380 0:-0.15
b:£_4 0:-0.24 1:-0.12 2:-0.13 3:-0.13 4:0.3 5:0.35
b:£_40 0:-0.14 4:0.44 6:0.18 11:-0.12
b:£_400 1:0.15 2:0.13 3:-0.1 4:0.16 5:-0.2 9:0.1 11:-0.22
b:£_45 0:0.54 2:-0.18 4:0.25
b:£_49 1:-0.1 4:0.15 5:0.17
b:£_5 0:0.1 1:0.16 4:-0.35 6:0.45
b:£_500 4:-0.13
b:£_6 4:0.2
b:£_60 0:0.15 2:0.1 6:-0.38 9:0.13 12:-0.14
b:£_600 0:0.16 1:0.1 2:0.31 4:-0.22 9:-0.13
b:£_640 4:-0.17
b:£_65 0:0.19 4:0.29 5:-0.34 11:0.34
b:£_7 3:0.23 4:0.14 5:-0.12 6:-0.15 7:-0.1 11:-0.13
b:£_70 1:0.12 4:0.31
b:£_75 4:0.11 5:-0.18
b:£_780 2:0.15 5:0.22
b:£_79 6:0.22
b:£_8 0:-0.33 4:0.18 5:-0.3 11:0.11
b:£_80 0:-0.15 5:0.18
b:£_85 4:-0.12
b:£_89 4:0.15
b:£_9 0:-0.51 1:0.13 4:0.19 5:-0.13 6:-0.17
b:£_90 3:-0.22 6:0.14 11:0.1
b:£_95 0:-0.14 4:0.27 6:0.11 11:-0.24
b:£_99 0:0.17
b:£_£ 5:-0.19
b:était_très 4:0.14 5:-0.15 8:-0.11 11:0.12
le:cleanliness 3:0.18 5:0.28 10:0.19 12:0.1
le:communication 4:-0.11 5:0.16
le:knowledge 9:-0.11 13:-0.11
le:price 4:0.1 6:-0.16
le:product-quality 2:0.26 4:-0.18 5:0.16 6:-0.19 12:-0.12
le:staff-attitude 0:0.13 2:-0.32 5:-0.33 8:-0.22 9:-0.12
le:waiting-time 0:0.18 5:-0.14 6:-0.24
ln:cleanliness 0:-0.53 2:-0.19 3:1.65 4:-0.31 5:-0.2 6:-0.17 10:-1.82 11:-0.21 12:-0.15
ln:communication 0:-0.18 1:-0.27 2:-0.1 4:-0.31 6:0.82 7:-0.72 9:-0.29 11:-0.46 12:-0.2 13:-1.61
ln:knowledge 0:-0.29 1:-0.39 2:1.26 3:-0.34 4:-0.84 5:-0.1 6:-0.37 7:-0.18 9:-1.75 12:-0.24 13:-0.34
ln:price 0:-0.28 2:-0.41 3:0.17 4:1.52 5:-0.34 10:-0.16 11:-1.75 13:-0.18
ln:product-quality 0:-0.36 4:-0.39 5:0.5 7:-0.29 9:-0.39 10:-0.25 11:-0.13 12:-1.96 13:0.35
ln:staff-attitude 0:-0.24 1:1.12 2:-0.32 3:-0.15 4:-0.59 5:-0.21 6:-0.78 8:-1.87 11:0.24 13:-0.29
ln:waiting-time 0:1.11 1:0.13 2:-0.12 3:-0.19 4:-0.17 5:-0.33 6:0.17 7:-1.88 12:0.1 13:-0.52
lp:cleanliness 1:-0.15 3:1.84 6:-0.22 7:0.12 10:2.17 11:0.11 12:0.31
lp:communication 0:-0.31 1:-0.15 2:-0.34 3:-0.41 4:0.22 6:1.49 7:0.62 8:0.67 9:0.7 11:0.2 12:0.22 13:1.49
lp:knowledge 0:-0.13 1:-0.22 2:1.86 3:-0.19 4:0.13 5:-0.35 7:0.17 8:0.12 9:1.8 12:0.6 13:0.11
lp:price 0:-0.1 1:-0.28 2:-0.14 3:-0.26 4:1.9 5:0.4 6:-0.63 7:0.38 8:0.3 9:0.45 11:2.14 12:0.31 13:0.23
lp:product-quality 0:0.1 2:-0.33 3:-0.15 4:0.2 5:1.54 7:0.26 9:0.42 10:0.3 11:0.17 12:1.85 13:-0.11
lp:staff-attitude 0:0.43 1:1.52 2:-0.4 3:-0.12 4:0.2 5:0.2 6:0.45 7:-0.12 8:1.94 11:0.15 12:-0.16 13:0.3
lp:waiting-time 0:1.7 1:-0.1 2:-0.37 5:-0.17 6:-0.4 7:2.02 8:0.14 9:0.15 10:0.2 12:0.38 13:0.23
lt:cleanliness 0:-0.57 1:-0.18 2:-0.22 3:3.32 4:-0.24 5:-0.51 6:-0.44 10:0.15 11:-0.1
lt:communication 0:-0.57 1:-0.43 2:-0.43 3:-0.47 5:-0.32 6:2.39 8:0.62 9:0.42 11:-0.26
lt:knowledge 0:-0.5 1:-0.58 2:3.08 3:-0.52 4:-0.7 5:-0.44 6:-0.42 9:0.16 12:0.44 13:-0.12
lt:price 0:-0.37 1:-0.19 2:-0.58 4:3.31 5:0.11 6:-0.37 7:0.37 8:0.37 9:0.45 10:-0.16 11:0.31 12:0.28
lt:product-quality 0:-0.23 2:-0.5 5:1.88 6:0.25 13:0.2
lt:staff-attitude 1:2.74 2:-0.39 3:-0.23 4:-0.31 5:0.32 6:-0.31 7:-0.2 8:0.28 9:0.14 11:0.41 12:-0.18
lt:waiting-time 0:2.62 2:-0.46 3:-0.24 4:-0.13 5:-0.36 8:0.25 10:0.15 12:0.48 13:-0.29
n:! 3:0.12 6:-0.11 7:0.13 12:0.17
n:1 2:0.16 5:0.16
n:11 5:0.13
n:3 5:0.23 12:-0.11
n:5 2:0.22
n:6 5:0.14 7:-0.15
n:8 0:0.23 3:0.15
n:a 2:0.44 4:-0.31 5:0.11 6:-0.34 7:0.14 10:0.4 12:0.4
n:about 1:-0.11 2:0.39 4:-0.13 5:-0.26 6:0.36 8:-0.13 9:-0.23 12:-0.19
n:acknowledge 1:0.19 8:-0.13
n:acknowledgement 5:-0.15 6:0.12
n:actually 2:0.21 5:0.26 6:-0.19
n:address 0:0.1 6:0.11
n:advisories 6:-0.1
n:after 1:0.28 2:0.15 7:-0.16 8:-0.13
n:again 1:-0.25 5:-0.35 6:-0.31 12:-0.12
n:all 0:-0.15 4:0.13 8:0.12
n:always 2:0.17
n:an 0:0.33 4:-0.13 6:-0.15 7:0.12
n:and 0:-0.24 1:-0.1 4:-0.18 11:-0.14 12:-0.12 13:0.12
n:announcement 1:0.13 5:0.13
n:answer 1:0.34 2:0.42 9:-0.18
n:answered 3:-0.12 5:-0.14 6:0.45
n:answers 0:0.13
n:any 1:-0.12 2:0.17 3:0.11 4:-0.18 5:-0.42 6:0.57
n:anyone 1:0.23 2:-0.22 5:0.21 6:0.26 9:0.11
n:anything 5:-0.11 6:-0.26 8:-0.12 9:-0.13 11:0.12 13:-0.15
n:anywhere 0:-0.18 6:0.23 10:0.18
n:apologised 1:0.36
n:apology 4:-0.14
n:app 5:0.13
n:appointment 0:0.67 5:-0.1
n:argue 0:0.13 1:0.15 4:0.3 5:-0.13 11:0.21 12:0.1
n:argument 1:-0.19 6:0.13
n:around 2:0.12
n:arrived 5:-0.36 6:0.27
n:as 1:-0.14 2:-0.1 4:-0.21 5:0.23 12:-0.21
n:ask 1:-0.19 2:-0.16 5:0.37 6:0.38 7:0.1 11:0.15 13:0.12
n:asked 0:-0.14 1:-0.17 5:-0.11 12:0.16
n:asking 1:0.25 2:-0.33 4:0.46 5:0.26 8:0.14 11:0.12 12:-0.19
n:at 0:-0.37 1:0.41 2:0.26 3:-0.13 4:0.23 6:0.1 7:0.16 8:0.21 11:-0.12
n:b 1:-0.19
n:back 0:-0.22 1:-0.12 4:-0.25 5:0.25 6:0.41
n:bad 0:0.17 1:-0.14 2:-0.11 5:0.14 7:0.25
n:bank 1:0.34 2:-0.11
n:basic 1:0.19 2:0.13
n:be 0:0.11 3:0.15 5:-0.12 7:0.11 8:-0.17
n:beat 5:-0.12 11:0.18
n:because 3:-0.14
n:been 1:0.48 2:-0.17 3:0.18 6:-0.37 8:0.14
n:before 0:-0.15 6:0.27
n:believe 0:0.19 1:-0.18 4:0.3 5:0.11 6:-0.13 7:0.18 12:0.12
n:bench 0:0.25 4:-0.19 7:-0.13
n:better 0:-0.13 3:-0.13 5:0.2
n:between 0:0.15 1:0.15 3:0.12
n:bit 1:0.12 3:-0.15 5:0.24
n:blame 0:0.15
n:booking 6:0.15
n:bother 4:0.16 5:-0.2 9:0.15 11:0.16
n:bothered 1:-0.27 2:0.16 8:-0.11
n:broken 1:0.41 5:0.4 6:0.3
n:bunch 1:0.22 11:0.17
n:buying 0:-0.19 2:0.12 5:-0.12
n:by 0:-0.27
n:call 0:0.43 1:-0.18 5:-0.43 7:-0.11
n:callback 6:0.16
n:called 0:0.13 6:0.24
n:calling 2:0.17
n:came 0:-0.53 4:-0.25 5:0.79 6:0.15 12:-0.21
n:can 1:0.19 2:-0.23 3:-0.2 5:-0.12 6:-0.1 11:0.12
n:card 0:-0.11 1:-0.23 6:0.11
n:care 2:-0.1
n:cared 1:0.34 5:0.24 6:-0.18 12:0.17
n:change 5:-0.45
n:changed 0:-0.1 6:-0.26 9:-0.1
n:changing 3:0.1
n:charge 0:0.14 1:0.12 2:-0.11 4:0.42 5:-0.41 11:0.18
n:charged 4:0.3 5:-0.17
n:chatty 1:-0.18
n:cheap 0:0.31 3:-0.28 4:0.87 11:-0.57 12:0.49
n:cheapest 1:0.24 2:-0.4 4:0.32 5:-0.29 8:0.1 11:-0.4 12:0.15
n:checking 2:0.23 5:-0.12
n:chips 5:0.19 12:0.21
n:claims 0:-0.1 4:0.43 6:-0.21
n:clean 0:-0.12 5:0.31 12:0.11
n:cleaned 0:0.16 3:0.17 6:0.15 10:-0.13
n:cleaner 0:0.17 3:0.11 4:0.11 5:-0.19
n:cleanliness 3:0.14 5:-0.14 10:0.11
n:cleans 3:-0.14
n:clear 5:0.13
n:clients 2:0.34
n:close 3:-0.23 5:0.14 12:-0.14
n:clue 1:-0.14 2:0.59 5:-0.31 6:-0.2 9:-0.22
n:collected 5:0.37 12:-0.16
n:come 5:0.2 6:0.25
n:comment 0:-0.19 2:-0.2 5:-0.14
n:company 6:0.15
n:complain 1:-0.12 4:0.56 5:-0.3 11:0.28
n:complaining 11:0.15
n:complaints 0:-0.13 1:-0.12 2:-0.15 3:0.34 5:-0.34 6:-0.13 7:0.17 10:0.13 13:0.11
n:confirmation 2:0.24
n:confirms 6:0.2
n:contact 5:0.14
n:cost 5:-0.13
n:could 1:0.12 2:-0.4 4:-0.11 5:0.22
n:council 0:0.19 2:0.11 6:-0.15
n:cover 0:0.15 2:0.1
n:crack 0:-0.12
n:crumb 3:-0.11
n:customer 6:0.13
n:customers 2:0.22 6:0.23
n:darkening 5:-0.11
n:days 0:-0.16 2:0.2 6:-0.21
n:deal 5:0.12
n:decision 0:0.19
n:delivery 0:0.12 1:-0.13 6:0.15
n:dentist 5:-0.19
n:describe 1:-0.22
n:desk 2:-0.18
n:did 2:-0.14 5:-0.14 6:0.28 13:-0.13
n:difference 4:0.1 5:0.2 6:-0.14
n:discount 4:0.32 6:-0.21
n:discuss 1:0.46
n:discussed 1:0.13 4:-0.17
n:dishes 2:0.12 5:-0.17
n:do 1:0.4 2:-0.29 3:-0.19 5:0.39 6:-0.14 12:-0.15
n:does 2:0.15 6:-0.12
n:doing 2:0.13 6:-0.17
n:down 0:-0.14
n:drive 4:-0.11
n:driven 1:-0.12
n:drop 0:-0.13 4:-0.24 12:0.16
n:either 0:0.13 1:-0.41 2:0.12 4:-0.2 6:0.36
n:else 4:0.22 5:0.19 6:-0.31 9:0.11
n:email 0:-0.35 2:0.2 5:0.23 6:0.17
n:emailed 0:-0.26 5:0.25
n:emails 1:0.13 6:0.1
n:emptied 5:-0.17
n:enough 3:0.11 4:0.17 5:0.25 6:-0.3 8:0.16
n:estates 5:-0.13
n:even 0:-0.22 1:0.86 4:0.22 5:0.59 6:-0.34 8:-0.31 12:-0.17
n:ever 0:0.35 1:-0.13 2:0.14 3:-0.15 6:0.24 9:0.11 11:0.12
n:every 4:-0.16 12:-0.16
n:exactly 0:0.18 2:-0.17 5:-0.52 7:-0.11 11:0.14 13:-0.11
n:expect 0:0.17 3:0.27 5:0.16 7:0.12 10:0.12 12:0.15
n:expensive 1:0.14 5:0.16
n:explain 0:-0.1 1:0.16 2:-0.22 6:0.36 8:-0.13 13:-0.26
n:explained 0:0.18 2:-0.22 4:0.1 6:0.24
n:explains 4:-0.1
n:explanation 5:-0.19 6:0.26
n:extra 0:-0.27 4:0.21 5:-0.15 12:0.11
n:eye 5:-0.13
n:face 5:0.12 8:0.14
n:fail 5:-0.22
n:fault 1:-0.35 2:-0.21 3:0.19 4:-0.19 5:-0.12 6:-0.15 7:0.12 10:0.12
n:fee 4:0.14 6:0.17
n:feel 1:0.53 2:-0.26 3:0.17 4:-0.11 5:-0.46 6:-0.16 8:0.11 13:0.1
n:fees 0:0.14
n:felt 2:-0.26 3:-0.13 5:0.42 6:-0.15 11:0.13 12:0.11
n:fight 2:0.18
n:find 2:0.17 5:-0.14 6:0.14 9:0.1
n:firm 5:0.21
n:first 1:0.14 4:0.12 5:0.32 6:-0.13
n:fix 1:-0.12 5:0.52 6:-0.12
n:fixed 5:-0.39 6:-0.12 7:-0.12
n:follow 13:-0.19
n:food 1:0.15
n:for 0:-0.24 1:-0.19 2:-0.31 4:0.26 6:0.27 7:0.21 11:0.28 12:-0.13 13:0.22
n:four 5:-0.14
n:free 0:0.48 4:-0.13 7:-0.2
n:friendliest 0:0.15 1:0.34 5:0.11 8:-0.11 11:0.22 12:0.14
n:friendly 1:-0.34 3:-0.28
n:from 3:0.14 5:-0.45
n:fuss 0:0.13 1:-0.17 2:0.11 5:-0.21 6:0.64 7:0.15 8:0.17 12:-0.23 13:0.26
n:fussed 4:-0.16 12:-0.17
n:get 0:0.53 1:0.16 2:-0.16 6:-0.38 7:-0.29
n:gets 1:0.1
n:getting 0:0.22 2:0.19
n:give 0:0.11 5:-0.23 6:0.23
n:given 4:-0.16
n:giving 2:-0.11 5:0.19 6:0.16 8:0.14
n:go 0:0.12 2:-0.19
n:going 0:-0.16 1:-0.15 5:-0.14 6:0.17
n:gone 5:0.14
n:good 2:-0.19 3:0.11 5:-0.14 12:-0.11
n:great 0:0.14 5:-0.19
n:group 12:0.11
n:grumble 0:-0.23
n:guessing 6:-0.16
n:had 0:0.29 1:-0.41 5:0.26 7:0.13 12:0.11 13:0.28
n:hair 3:0.21 10:0.13
n:half 6:-0.14
n:hand 1:-0.16 2:-0.13 5:0.38
n:hang 6:0.12
n:happened 2:0.12
n:happens 0:0.13
n:happy 0:0.21 1:-0.15 3:0.18 4:0.3 5:-0.19 6:0.13 7:-0.17 11:-0.13
n:hard 1:0.15
n:has 0:-0.2 1:-0.18 2:-0.13 3:-0.11 4:-0.11 5:-0.11 7:0.2 8:0.18
n:have 0:0.37 1:0.3 3:-0.15 5:0.23 6:0.23 7:0.1 8:0.15 13:0.21
n:he 3:-0.14
n:hear 5:-0.17 13:0.12
n:heard 1:0.12 5:-0.19
n:heating 5:0.12
n:hello 5:0.3 6:-0.14 12:0.17
n:help 1:0.12 2:-0.13
n:her 0:-0.38 5:-0.11 8:0.15
n:here 4:-0.25 5:-0.15
n:him 0:-0.15 6:-0.14
n:hitch 5:-0.12
n:hold 6:-0.2
n:home 1:-0.21 5:-0.24
n:how 9:-0.12
n:human 0:0.14
n:hurried 0:-0.18
n:i 0:-0.12 2:-0.25 4:0.11 6:-0.15 8:-0.18 9:0.14
n:id 1:0.13 5:-0.14
n:idea 0:0.17 2:-0.17 5:0.13 6:0.13 9:-0.11
n:ideal 5:-0.13
n:if 4:-0.24 5:0.11 6:-0.15 8:-0.14 9:0.11 12:0.12
n:impressed 4:-0.16 5:-0.25
n:in 0:0.17 2:-0.53 3:0.22 5:0.63 6:0.19 7:0.2 8:-0.23 12:-0.14
n:include 2:0.11
n:into 1:0.11 4:-0.17 6:0.1
n:issue 5:0.38
n:it 0:0.32 2:-0.32 4:-0.35 7:0.34 8:-0.11 10:-0.14 12:0.25 13:-0.13
n:ive 4:0.45
n:jargon 6:0.12
n:job 1:-0.18 5:0.2
n:join 6:-0.14
n:just 0:-0.14 1:-0.27 5:0.24 12:0.14
n:kept 0:0.14 1:0.12 2:-0.14
n:knew 9:-0.14
n:know 0:-0.23 1:-0.21 2:0.8 3:-0.12 6:-0.42 9:-0.36
n:knowing 2:-0.16
n:knowledgeable 1:-0.27 2:0.15 5:0.26
n:knows 2:-0.4
n:leak 0:0.12 2:0.19 5:-0.19
n:leave 0:-0.15 3:0.48
n:left 2:-0.16 5:0.34
n:less 1:0.11 2:-0.15 5:-0.18 8:-0.15
n:let 1:-0.29 5:0.11 9:0.12 12:0.15 13:-0.14
n:lets 6:0.14
n:letter 6:0.16
n:library 4:-0.14 6:0.12
n:like 4:0.2 6:-0.12
n:listen 2:-0.19 5:0.29 6:0.13 13:-0.13
n:listening 6:0.28
n:little 4:0.28 13:0.15
n:long 0:0.22 5:-0.13
n:longer 0:-0.11
n:look 5:-0.22
n:looked 2:0.1 3:-0.16 8:-0.13
n:looking 2:0.14 5:-0.22
n:lovely 5:-0.14
n:machine 0:0.21
n:made 0:-0.52 1:0.19 2:-0.12 6:-0.12 12:0.15 13:0.12
n:make 2:-0.18 5:-0.29 6:-0.12
n:making 1:0.18
n:manner 1:0.12
n:me 0:0.29 1:0.42 3:-0.24 4:0.6 5:-0.26 8:0.11 11:0.19 13:-0.17
n:meal 5:0.11
n:member 0:-0.13
n:members 0:-0.14 6:0.12
n:mentioned 2:0.16 4:0.55 5:0.41 6:0.5 11:-0.22 13:-0.15
n:menu 6:0.37
n:mess 1:-0.12 3:0.17
n:mind 0:-0.24 1:-0.12 3:-0.19 4:0.11 11:0.11 12:0.13
n:mine 6:0.1
n:missed 5:0.46 12:0.15
n:model 1:-0.1
n:money 1:-0.13 2:0.18 5:0.22
n:months 0:-0.1
n:mopped 1:0.11
n:more 0:0.26 3:-0.15 4:0.13 5:0.13 7:0.26 11:0.18 12:0.16
n:most 1:-0.23 5:0.18 6:0.12
n:moved 1:0.3
n:much 0:-0.18 1:0.15 3:0.45 4:-0.17 10:0.19
n:my 0:-0.51 3:0.18 4:-0.29 5:0.33 12:-0.28
n:name 2:-0.17
n:near 0:-0.19 2:0.12
n:nearly 0:-0.12
n:need 0:-0.22 2:0.47 4:-0.3 5:-0.12 6:-0.13 9:0.2
n:needed 0:0.36
n:new 1:-0.15 2:0.41 4:-0.15 6:-0.22 13:-0.19
n:nice 1:-0.16 5:-0.2 6:0.14
n:nicer 0:0.15 1:0.43 2:0.13 8:0.14
n:nonsense 5:-0.16
n:notes 5:-0.11 6:0.24
n:noticed 6:0.17
n:of 1:0.16 2:0.12 5:-0.21 6:-0.39 12:-0.13
n:off 1:-0.22 4:0.39
n:offer 3:0.13
n:offered 1:0.15 3:-0.14 5:0.28
n:often 11:0.12
n:on 1:0.25 2:-0.1 3:0.16 4:0.14 6:0.21 7:0.14
n:once 1:0.4 5:-0.41 6:-0.39 7:0.36 8:0.25 9:0.13 11:0.13 12:0.18 13:0.17
n:one 0:-0.19 1:0.21 2:-0.3 3:-0.31 4:-0.35 5:-0.18 6:0.34 7:-0.16 8:-0.14 13:-0.22
n:ones 1:-0.12 4:-0.17
n:online 6:0.11
n:open 0:0.1 5:0.33 6:0.12
n:or 1:-0.25 2:-0.1 5:-0.13 6:0.13
n:order 5:0.29 6:0.13
n:our 0:0.4 1:0.2 2:-0.15 7:-0.11
n:out 1:-0.26 2:-0.22 3:-0.14 4:-0.14 5:-0.16 6:0.25
n:over 5:0.12 6:-0.14
n:own 3:0.28 4:0.1 5:0.15 11:-0.11
n:part 0:0.21 2:-0.1 7:-0.11
n:particular 1:-0.1
n:particularly 1:-0.2
n:pass 6:0.21
n:patch 5:0.11
n:pay 4:0.21 5:-0.25
n:paying 0:0.15 4:0.14 5:0.22 7:0.12 12:0.13
n:penny 4:0.35
n:person 0:-0.14 1:0.4 6:-0.22 8:-0.13
n:personally 5:-0.17
n:phone 6:0.1
n:picked 1:-0.11 2:0.29 5:0.26
n:picks 0:0.23
n:place 5:-0.15
n:plan 0:-0.13
n:plumber 1:-0.11 8:0.19
n:pressed 5:0.18
n:pressure 0:-0.11 1:0.84 5:-0.12 6:0.23 8:0.14
n:price 0:0.11 4:-0.16 5:0.18 12:-0.13
n:problem 0:-0.16 2:-0.27 5:-0.23 6:-0.25
n:properly 2:0.21
n:pub 5:0.16 11:-0.13
n:push 1:0.32 5:-0.12
n:pushy 2:-0.12 5:-0.23
n:put 5:0.14 8:0.13
n:questions 1:0.19 5:0.12 6:0.2
n:queue 0:0.28 1:0.17 5:-0.28 6:-0.21 7:0.27
n:quibble 1:-0.11 5:0.14
n:quibbles 0:0.2 6:0.13 13:0.11
n:quick 0:0.44
n:quickest 0:0.29
n:raised 1:-0.19 4:-0.22 12:-0.11
n:rang 0:-0.12 1:-0.26 2:0.1 6:0.31 13:-0.11
n:reached 6:0.14
n:ready 0:0.25 5:0.12 6:-0.22
n:really 0:-0.31 6:0.13 12:-0.19
n:reason 5:-0.26 6:-0.17
n:received 5:0.14 6:0.13
n:recline 0:-0.14
n:recommend 5:-0.12
n:record 0:0.1 5:-0.18
n:refund 5:0.45
n:registered 2:0.28
n:remember 13:0.15
n:repeat 6:0.14
n:replaced 0:0.11
n:replied 2:-0.1 5:0.12 6:0.11
n:reply 0:-0.43 4:-0.18 5:-0.18
n:report 5:-0.14 6:-0.35
n:reported 2:-0.11
n:return 4:-0.11
n:returned 4:-0.16 6:0.13
n:right 0:0.17 2:-0.16 5:-0.23
n:ring 4:0.11
n:rings 2:0.1 6:0.21
n:rubbish 3:0.4 10:0.13
n:rude 0:-0.26 1:-1.17 2:-0.12 3:-0.17 4:-0.12 5:-0.44 6:-0.34
n:rules 1:-0.12
n:rush 0:0.18 1:0.11 2:-0.14 3:-0.1 5:-0.12 6:-0.16
n:rushed 0:-0.31 1:0.35 2:0.1 5:-0.15
n:rushing 1:0.23
n:said 1:0.2 4:-0.14 5:0.19 12:0.13
n:saturday 1:-0.22
n:say 0:0.37 4:-0.2 5:-0.44 6:0.56 7:-0.21 9:-0.16 13:-0.26
n:saying 0:-0.13 5:0.13
n:says 4:-0.11
n:scratch 5:0.3 12:0.16
n:see 0:-0.39 1:-0.12 2:-0.26 3:-0.13 5:0.56 6:0.12 11:-0.11
n:seem 1:-0.2 2:0.47 5:-0.2 6:-0.1 9:-0.15
n:seemed 2:0.17 6:-0.28
n:seen 1:0.23 3:0.11
n:sell 0:-0.17 1:0.3
n:send 13:0.14
n:sent 5:0.21
n:served 5:0.22
n:service 2:-0.12
n:she 5:0.23 9:-0.12
n:shop 2:0.38
n:show 0:0.22 5:-0.1 6:0.23
n:signal 5:-0.16
n:since 0:-0.38 5:-0.39
n:single 0:-0.51 1:-0.15 3:-0.21 4:-0.43 6:0.29 10:0.23 12:-0.11
n:six 11:0.11
n:smells 1:-0.13 3:0.41 10:0.14
n:smile 3:-0.21
n:smiling 5:0.13
n:so 2:-0.27 3:0.18 5:0.14 6:0.16 8:-0.11 10:0.25
n:soap 3:0.11
n:someone 5:0.12 6:-0.13
n:speak 5:0.12
n:special 5:-0.41
n:specific 0:-0.14 5:-0.3 6:-0.18
n:speck 3:0.12
n:spoken 0:-0.1 1:-0.13 5:0.13
n:staff 0:-0.24 1:0.13 2:-0.3 3:-0.19 5:0.2
n:start 5:0.28
n:still 7:-0.15
n:strong 0:-0.12 1:-0.1 4:-0.2 6:-0.17
n:strongly 6:-0.14
n:stuck 0:0.3 7:0.14
n:substantive 0:-0.26
n:sure 1:-0.14 2:0.12 4:-0.13 6:-0.13 9:-0.14
n:surprises 1:-0.2 2:-0.14 4:-0.18 5:-0.28 6:-0.25 11:0.19
n:sweep 3:0.19
n:swimming 11:0.14
n:take 0:-0.13 1:0.17 2:0.17 4:0.39 5:-0.11 6:-0.15 8:-0.12
n:talked 0:0.1
n:taught 2:0.14 6:-0.42
n:team 6:-0.14
n:tell 1:-0.29 2:0.53 3:-0.21 4:-0.26 5:0.3 9:-0.15 12:0.18 13:-0.28
n:tells 0:0.35 4:-0.17 6:0.29
n:text 0:0.61 5:-0.12 6:0.38 13:-0.13
n:than 0:0.1 7:0.12 12:-0.14
n:thank 1:-0.13
n:that 3:-0.19 4:0.48 5:-0.43 6:0.25 11:0.15 12:-0.17 13:0.13
n:the 0:0.56 1:-0.46 2:0.28 4:0.53 5:0.15 6:0.13 7:-0.21 9:-0.37 13:-0.62
n:their 2:-0.12 11:-0.11
n:them 0:0.3 1:-0.1 2:0.46 3:-0.18 9:-0.17 13:-0.16
n:there 2:-0.17
n:these 0:-0.13 2:-0.11 6:0.12
n:they 1:-0.31 3:0.17 5:-0.37 13:-0.13
n:theyre 2:-0.12 4:-0.25 5:-0.12
n:think 4:0.34 11:0.19
n:this 1:-0.22 2:0.25 5:-0.15 6:-0.17
n:thought 2:0.2
n:three 5:0.13 7:0.18
n:through 0:0.33 5:-0.19 6:0.16 7:-0.1
n:till 0:0.27 1:-0.2 4:0.12
n:time 0:0.17 5:0.11
n:to 1:0.32 2:0.21 3:-0.19 4:-0.29 5:-0.32 7:-0.16 12:-0.17 13:0.11
n:told 0:0.38 2:-0.15 4:0.12 5:-0.29 6:0.56 7:-0.16 13:-0.17
n:trained 5:0.17
n:training 0:0.16 2:0.16 6:-0.12
n:tried 1:-0.26
n:trusted 2:0.2
n:try 1:0.34 8:0.14
n:turn 0:-0.35 5:0.66 12:-0.1
n:turning 2:0.32
n:turns 2:-0.2 5:0.15 6:0.18
n:tutor 1:-0.24 5:-0.28 9:-0.11
n:two 0:-0.1
n:understand 0:-0.61 1:0.14 5:-0.41 6:0.51 9:-0.12 13:-0.34
n:unfriendly 5:-0.1
n:unhelpful 0:0.11 1:0.39 2:0.17 5:-0.14 8:0.13
n:unkind 1:0.4 5:-0.1
n:unreasonable 5:-0.2
n:until 0:0.41 5:0.26 6:0.31 7:-0.16 11:-0.12 13:-0.17
n:up 0:-0.18 2:-0.19 5:0.12 6:0.16 8:-0.11
n:update 3:-0.1 5:-0.13
n:updated 0:0.18 2:0.11 13:-0.12
n:updates 0:-0.18
n:upsell 1:0.35 4:-0.34 8:0.13
n:us 1:0.21 2:0.15 5:-0.19 9:-0.11 12:-0.19
n:use 1:-0.12 2:-0.25 5:0.18
n:v 2:-0.16 6:0.16
n:very 0:-0.11 2:0.12
n:views 0:-0.11 4:-0.12 6:-0.22
n:wait 0:0.34 1:-0.26 5:-0.26 7:0.1
n:waiting 0:0.17 1:0.15 2:-0.13
n:want 0:0.16 1:0.18 2:-0.13
n:warm 1:-0.17
n:warmest 1:0.23 8:-0.12
n:warn 5:0.26
n:warned 5:-0.2 6:0.13
n:warning 5:0.23 6:0.11
n:was 0:-0.28 1:-0.58 2:-0.23 3:-0.19 5:-0.45
n:way 5:0.27 12:-0.11
n:we 3:-0.17 5:0.35
n:weeks 4:-0.16 5:0.21 12:-0.13
n:welcome 1:0.15
n:went 1:-0.3 5:-0.32
n:were 5:0.23 6:0.22
n:what 1:-0.44 4:-0.45 5:-0.61 6:0.12 9:-0.17 11:-0.14 13:-0.28
n:whatsoever 1:0.11 5:-0.19 6:0.13
n:when 1:-0.29 2:-0.13 5:0.5 6:0.65 13:-0.15
n:where 1:-0.18 9:-0.12
n:whether 5:-0.29
n:which 1:-0.11 2:-0.25 5:0.21 6:0.33 9:-0.12
n:who 6:-0.13
n:why 2:-0.14 6:0.13 13:-0.15
n:wiped 5:-0.19
n:with 0:0.27 1:0.2 4:0.3 5:-0.32 6:-0.12 7:0.12 9:0.14 10:-0.1 11:0.31
n:word 0:-0.11 1:-0.14 2:-0.1 6:0.42
n:work 1:-0.12 4:-0.2 6:0.26 12:-0.23
n:working 2:-0.21
n:worth 1:-0.15 2:0.23 6:-0.22
n:wot 1:-0.16 2:0.28 5:0.3
n:write 0:-0.18 1:-0.17 5:-0.12
n:wrong 1:0.17 5:-0.22
n:yet 6:-0.16
n:you 1:0.14 2:-0.19 5:-0.46 6:-0.25
n:youd 1:-0.3 5:-0.14
n:£ 1:0.15 5:0.23 11:-0.13
s:! 1:-0.37 2:-0.84 3:-0.53 4:0.24 5:-0.22 6:-0.24 7:0.14 8:0.11 10:0.29 11:0.12 12:0.91 13:0.16
s:$ 1:0.2 4:0.12 8:-0.13
s:% 0:-0.1 2:-0.12 4:0.62 5:0.51 7:0.12 11:-0.36
s:000 2:0.12
s:01 0:0.36 6:-0.2
s:02 0:0.71 7:0.16
s:05 6:-0.32 13:0.24
s:1 1:-0.64 2:0.16 3:-0.14 4:0.47 5:0.27 9:0.13 13:-0.21
s:10 0:0.36 1:-0.21 2:-0.26 3:-0.19 4:-0.22 6:0.54 7:0.25 9:-0.1 12:0.16
s:100 0:0.22 4:-0.42 5:0.11 6:-0.26
s:11 0:0.52 1:0.2 4:-0.12 5:-0.34 8:0.15
s:12 0:0.44 1:-0.39 2:-0.15 10:0.12 11:0.13 12:-0.11
s:120 1:-0.17 2:-0.15 3:-0.11 4:0.22 5:0.63 6:0.23 12:-0.21
s:14 0:0.13 1:0.19 4:-0.15 5:0.53 6:0.15 7:-0.23
s:140 1:-0.16 2:-0.24 4:0.17 6:0.29 11:-0.24
s:15 0:-0.29 1:-0.18 3:0.18 4:0.26 11:0.13
s:150 0:0.25 3:-0.29 5:-0.11 11:0.22
s:16 5:0.13 6:0.1 12:-0.13
s:165 2:0.12
s:17 5:0.16 6:0.21
s:18 4:0.22 5:0.16 6:0.34
s:180 2:0.11 4:0.12 5:0.19 11:-0.17
s:19 4:0.1 5:0.46 6:0.2 13:-0.14
s:1998 6:0.17
s:2 0:0.43 3:-0.38 5:0.14 7:-0.13 10:0.17 11:0.17 13:0.29
s:20 0:0.37 1:-0.12 4:-0.3 5:-0.48 6:0.28 7:0.16 11:0.17
s:2019 0:0.16
s:2024 4:0.16
s:210 5:-0.12 6:0.19
s:212 4:-0.19 6:-0.1 7:-0.11
s:22 0:0.11 3:0.1 5:-0.28 6:0.26
s:23 4:-0.18
s:24 0:-0.21 7:0.17
s:240 2:0.14
s:25 0:0.55 2:-0.14 5:-0.15 6:0.12 11:0.17 13:-0.12
s:250 4:0.24 5:0.28 6:-0.33
s:26 12:-0.12
s:260 5:0.17
s:27 4:-0.16 5:-0.15
s:28 1:0.14 4:0.21 5:0.27 6:-0.12 12:0.11
s:29 0:0.28 5:-0.1
s:3 0:0.73 1:-0.18 2:0.23 3:-0.23 4:-0.31 5:0.19 6:-0.16 9:-0.28 11:-0.13 12:0.18 13:-0.32
s:30 0:-0.12 1:0.22 2:0.36 3:-0.2 4:-0.18 5:-0.17 6:-0.64
s:300 0:0.14 3:-0.17 4:0.14 8:0.11
s:31 0:0.11 7:-0.12
s:32 5:0.18
s:340 5:-0.11 6:0.39
s:35 0:0.18 3:0.24 4:-0.21 6:0.24 11:0.13 12:0.15
s:350 5:0.27
s:38 3:0.13 4:0.12 6:-0.18 11:-0.15 12:-0.2
s:380 0:-0.15
s:4 0:0.5 2:-0.25 3:-0.19 4:0.38 5:-0.37 6:0.29 7:-0.35 11:-0.13 12:0.15 13:0.11
s:40 0:0.58 2:0.13 4:0.26 5:-0.28 6:-0.1 8:0.1 11:-0.26 13:-0.15
s:400 1:0.12 2:0.16 5:-0.15 9:0.11 11:-0.27
s:42 6:0.22 11:-0.12
s:43 0:0.16
s:44821 6:-0.15
s:45 0:0.4 3:0.17 4:0.34 5:-0.27 11:-0.24
s:47 0:0.18 1:0.15 6:-0.14
s:48 0:0.18 5:0.38 11:-0.12
s:49 0:-0.27 1:-0.12 4:0.17 5:0.16 6:0.12
s:5 0:0.72 1:-0.2 3:-0.12 4:-0.29 5:-0.11 7:0.11 11:0.11
s:50 0:0.48 1:-0.37 2:-0.18 3:-0.11 4:0.14 5:0.11 6:0.25 7:-0.22 11:-0.2
s:500 0:-0.14 4:-0.14 5:0.28 12:-0.11
s:5000 1:0.26 2:0.11 4:-0.18
s:52 0:0.22 6:-0.24
s:54 1:-0.14 4:-0.11
s:55 0:0.13 2:-0.26 5:-0.42 6:0.14
s:58 1:-0.15
s:59 0:0.34 1:0.15 5:-0.12 6:-0.19
s:6 0:0.63 1:-0.32 2:-0.12 3:-0.12 4:0.24 7:-0.33
s:60 0:0.2 1:-0.41 4:0.12 5:0.19 9:0.12 11:-0.11 12:-0.17
s:600 0:0.16 1:0.1 2:0.31 4:-0.22 9:-0.13
s:640 4:-0.17
s:65 0:0.18 1:0.16 2:-0.13 4:0.33 5:-0.31 11:0.36
s:7 0:0.46 1:0.17 3:0.21 4:0.12 6:-0.26 8:0.12 13:-0.24
s:70 4:0.31 5:0.18 11:-0.12
s:75 4:0.11 5:-0.2
s:78 1:0.21 5:-0.16 6:0.15
s:780 2:0.15 5:0.22
s:79 6:0.27
s:8 0:0.66 2:-0.14 6:-0.32 7:-0.12 12:0.25
s:80 0:-0.29 4:0.14 11:-0.12
s:800 0:-0.11 4:-0.17
s:85 4:-0.2 5:-0.12
s:89 0:-0.13 4:0.16
s:9 0:0.63 1:0.16 5:-0.59 7:0.18 11:-0.11 13:-0.17
s:90 0:0.32 3:-0.24 5:0.22 6:-0.11
s:900 4:-0.1
s:94 5:-0.13
s:95 0:-0.12 4:0.24 11:-0.21
s:99 0:0.22 4:0.25 5:-0.14 6:0.13 13:-0.12
s:? 4:0.23 5:-0.48 7:-0.36 8:-0.15 9:-0.2 11:-0.36 12:-0.27 13:-0.13
s:a 0:-0.12 1:-0.32 3:-0.14 4:-0.17 6:-0.11 8:-0.14 10:-0.19 12:0.13 13:0.15
s:abit 0:-0.13
s:about 0:-0.15 1:0.17 2:0.23 3:-0.35 4:-0.45 5:-0.28 6:0.45 10:0.17 13:-0.23
s:above 0:-0.18 3:0.13 12:0.12
s:abroad 0:0.11 3:-0.24
s:absolute 1:0.38 2:-0.23 3:-0.36 4:0.25 6:0.27 12:-0.15 13:0.11
s:acceptable 1:-0.16 11:-0.1
s:access 6:0.23
s:accha 5:0.11
s:accommodation 0:0.27
s:accomodation 0:-0.23 3:0.21
s:account 0:0.19 1:-0.43 2:0.29 3:-0.16 5:0.22 6:0.37 7:0.16 8:-0.11 11:0.12 13:0.13
s:accountant 0:0.22 4:-0.22
s:accurate 1:-0.2 2:0.14 3:-0.13 6:0.17
s:ace 1:0.46
s:acknowledge 1:0.18 8:-0.13
s:acknowledgement 0:-0.15 6:0.15
s:across 1:0.14 12:-0.13
s:acted 1:0.53 5:-0.16
s:actual 0:0.18 2:0.16 3:0.34 5:0.12 6:0.46 7:0.41 9:0.24 11:0.15 12:0.52 13:0.62
s:adapt 5:-0.11
s:add 3:-0.13 6:-0.23 12:-0.21
s:address 0:0.23 1:0.22 2:-0.22 5:0.26 6:-0.27
s:adds 0:-0.18 4:0.27 5:0.12 11:-0.16
s:adjust 5:-0.1
s:adjuster 0:-0.12
s:adjustment 0:0.15
s:admin 0:0.11 6:0.43 11:-0.12
s:admission 1:0.11
s:admit 0:-0.22 1:-0.39 5:0.2 6:0.16
s:admitt 1:-0.15 2:0.12
s:adore 1:0.24 5:-0.19
s:advance 5:0.13
s:advertis 4:-0.25 5:0.32 6:-0.16 12:-0.12
s:advice 0:-0.22 2:1.08 4:0.12 5:-0.25 6:-0.17 7:0.11 9:-0.26
s:adviser 0:-0.32 1:0.19 2:0.51 4:-0.24 5:-0.27 6:0.32 8:0.13 13:0.22
s:advisor 0:-0.3 2:0.34 7:-0.15
s:afford 1:0.15 2:0.11 4:0.13 6:-0.11
s:after 1:0.19 3:0.14 5:0.3 6:0.2 9:0.1 10:0.24 11:-0.1
s:aftercare 0:-0.17 1:-0.16
s:afternoon 0:-0.15 1:-0.28 3:0.24 6:0.29 7:0.15 10:-0.13 11:0.13
s:afterward 0:0.13 2:-0.17 3:0.11 4:0.14 5:0.13 6:0.11 13:0.18
s:again 0:0.14 1:-0.3 2:-0.48 3:-0.28 4:0.32 5:0.55 6:-0.18 7:-0.2 8:-0.12 12:-0.24
s:against 1:0.2 2:0.18 5:-0.1 6:-0.13
s:age 0:0.22
s:aged 1:0.29
s:agency 0:-0.13 2:-0.16 3:-0.21 4:0.16 5:0.49 6:0.18
s:agent 2:0.21 6:0.31 8:-0.2 9:-0.22 12:0.15 13:-0.4
s:ages 0:0.53 1:-0.2 2:0.4 6:-0.26 7:-0.13
s:ago 0:-0.29 1:-0.13 5:0.19 6:0.34 12:0.14
s:agre 0:-0.17 1:0.12 4:-0.23 5:0.41 6:0.3
s:agree 5:-0.11
s:agreement 0:-0.32 6:-0.1
s:ah 5:0.36
s:ahead 0:0.33 1:-0.15 2:-0.11 5:-0.16
s:aid 2:0.16 6:0.16
s:air 1:0.31 2:-0.11 3:-0.13 5:-0.14 10:0.16
s:airline 13:0.1
s:airport 7:0.17 11:-0.1
s:aisle 1:0.13 4:-0.19 5:-0.46 6:-0.15 9:0.1
s:alarm 5:0.12 6:-0.26
s:alert 6:-0.11
s:all 3:0.16 4:-0.18 6:-0.12 7:-0.12 8:0.19 9:0.21 12:-0.25
s:allergen 2:0.18
s:allergy 1:0.12 6:0.16
s:allow 2:0.16
s:allowance 2:0.2 6:-0.19 9:-0.12
s:alloy 5:0.43
s:almost 0:0.38 1:0.29 2:0.17 4:-0.24 5:0.41 6:-0.44 10:0.16
s:alone 4:0.15 5:0.28
s:along 0:-0.12 2:0.45 4:-0.18 5:0.16 9:-0.1 12:-0.1
s:already 0:0.19 1:-0.23 2:-0.38 3:0.21 5:0.28 6:0.19 7:0.12 12:-0.2
s:alright 5:-0.24 12:-0.13
s:also 2:0.4 3:0.2 4:0.31 6:0.22 7:-0.17 12:0.12
s:alteration 3:0.24 5:0.6 6:0.15 7:0.2 12:0.12 13:0.12
s:although 0:0.15 5:0.11 6:-0.25
s:alway 1:0.46 2:-0.17 3:0.32 4:-0.18 5:-0.44 8:0.37 10:0.16
s:am 0:0.25 2:-0.15 4:-0.19 6:-0.18
s:amable 1:0.31 5:-0.3
s:amaz 2:-0.12 3:0.25 12:0.13
s:amazin 3:0.53 10:-0.11
s:ambulance 0:-0.12 1:0.34
s:amount 5:-0.27 6:-0.12
s:an 0:0.52 1:-0.17 2:0.22 3:0.22 5:-0.28 9:-0.1 10:0.11 11:0.16
s:anaesthetic 2:-0.19
s:and 0:0.13 2:0.16 3:0.13 6:0.23 7:0.15 8:0.28 9:0.38 10:-0.14 11:0.2 13:0.27
s:angel 1:0.19
s:angry 6:0.22
s:animal 2:0.3 5:-0.12 10:0.11
s:anne 4:0.15
s:anniversary 0:0.15 5:0.15
s:announc 5:-0.11 6:0.14
s:announcement 0:0.23 2:-0.18 6:0.56
s:annual 0:-0.17 1:0.36 2:-0.14 4:0.21 5:0.26
s:another 0:-0.16 1:-0.45 2:0.3 3:-0.23 5:0.2 7:-0.16 9:0.11 12:-0.18 13:-0.21
s:answer 0:0.56 1:0.35 2:1.19 3:-0.29 4:-0.77 5:-0.6 6:0.28 8:0.16 11:0.15 12:-0.19
s:anti 5:0.18 10:-0.13
s:antibiotic 5:-0.15
s:anxiety 9:-0.14
s:any 2:0.25 4:-0.46 5:-0.8 6:0.19 7:0.12 12:-0.21 13:0.15
s:anyone 0:-0.4 2:-0.27 3:-0.2 4:-0.25 6:0.42 10:0.12 13:-0.15
s:anyth 0:0.22 1:-0.45 3:-0.23 4:0.3 6:0.12 7:-0.12 8:0.11 11:0.22 12:0.26
s:anyway 1:0.22 2:0.11 5:0.23
s:anywhere 1:0.12 3:0.28 6:0.41 10:0.26 11:0.2
s:apart 4:-0.48 5:0.15 6:-0.31
s:apologetic 0:0.17 1:0.29 2:-0.16 3:0.26 5:0.24
s:apologis 1:0.19 2:-0.16 3:0.21 5:0.49 6:0.46 12:-0.11 13:0.19
s:apologise 0:0.21 1:-0.19 2:-0.19 4:-0.11 5:0.28
s:apology 0:-0.33 1:0.13 4:-0.21 6:0.27
s:app 1:-0.28 2:-0.26 3:-0.12 4:0.43 5:0.87 13:0.26
s:apparent 0:0.27 1:-0.32 5:0.19
s:appeal 4:-0.13 5:0.53 6:-0.17 12:0.15
s:appear 1:-0.13 5:-0.11 6:0.28
s:appendiciti 5:-0.1
s:apple 2:0.16 5:-0.43 6:-0.3 11:0.15
s:appli 0:0.3
s:appliance 1:0.11 6:-0.1
s:application 0:0.14 2:0.26 6:0.13
s:appointment 0:0.73 1:0.21 2:-0.13 3:0.11 5:-0.26 6:0.12 13:-0.12
s:appreciat 2:-0.28 3:-0.29 6:0.54 8:0.18 12:-0.16
s:appreciate 0:0.11 13:0.11
s:apprentice 1:0.22 2:0.23 5:0.57 6:-0.13
s:apps 0:0.11 2:-0.28 5:0.19 6:0.39 12:-0.22
s:april 11:-0.13
s:archive 2:0.21
s:are 2:0.14 3:0.18 4:0.17 5:0.28 6:-0.31 7:-0.2 10:-0.31 11:-0.12 13:-0.49
s:area 3:0.25 5:0.28 10:-0.11
s:arent 0:0.51 1:-0.16 4:-0.12
s:argu 4:-0.34
s:argue 0:0.13 1:0.14 4:0.3 5:-0.16 11:0.21 12:0.1
s:argument 1:-0.2 6:0.35 13:0.12
s:arm 0:-0.11 5:0.2 6:0.14
s:around 1:-0.11 2:0.25 5:-0.19 6:0.16 13:0.15
s:arrange 6:0.12
s:arrangement 1:0.11 5:0.18 6:0.28
s:arrear 0:0.1
s:arriv 0:0.69 1:-0.32 2:-0.32 5:0.37 6:0.67 7:0.11
s:arrival 5:-0.19
s:arrive 0:0.43 4:-0.29 5:0.38 6:0.41 8:0.12
s:artisan 5:0.28
s:as 0:0.13 1:0.22 2:-0.1 3:0.19 4:0.26 6:-0.14 9:-0.14 10:0.25 11:0.29 13:-0.12
s:asham 5:-0.11
s:ask 0:-0.24 1:0.22 2:0.48 3:-0.2 4:-0.19 8:-0.13 9:-0.44 11:0.21 12:0.12
s:asked 0:-0.65 1:-0.13 2:0.36 3:-0.42 4:-0.51 5:-0.4 6:-0.28 8:-0.22 10:0.1 13:-0.29
s:asking 0:-0.21 1:0.2 3:-0.28 4:0.28 12:-0.11
s:asks 2:0.34 9:-0.12
s:asleep 1:0.26 5:-0.19 8:-0.11
s:assess 4:-0.21
s:assessment 0:0.2
s:assessor 2:0.2
s:assign 5:0.12
s:assistant 1:0.27 2:0.46 4:-0.2 5:0.26 6:-0.35 9:0.14 12:0.12 13:-0.13
s:at 0:0.2 1:0.4 2:-0.25 3:-0.24 4:0.18 5:-0.13 7:0.24 8:-0.17
s:ate 1:0.32 4:-0.11 6:0.11
s:attach 0:-0.13 4:-0.19
s:attempt 2:0.13
s:attendant 1:0.24 6:-0.15
s:attendee 0:-0.11 6:0.13
s:attentive 5:0.28 12:0.13
s:attorney 6:-0.13
s:audio 2:-0.11 5:0.67 12:0.12
s:auditorium 4:0.5 5:0.23 11:0.11
s:august 0:0.4 7:-0.14
s:autism 2:0.33
s:auto 0:0.13 5:0.35
s:automat 2:-0.21 3:0.12 5:0.2
s:available 0:0.11
s:averag 0:0.21
s:avoid 0:0.21 3:0.18 5:0.17
s:await 6:-0.14
s:awaken 4:-0.18 5:-0.1
s:away 0:0.34 2:0.24 4:0.25 5:-0.11 9:0.23 12:0.22
s:awful 6:-0.29
s:awkward 5:-0.1 6:-0.12
s:b 1:-0.13 5:0.21 6:-0.13 12:0.1
s:baby 4:0.1 5:-0.2
s:back 0:-0.47 1:0.13 2:-0.18 3:-0.57 5:0.66 7:0.16 10:-0.2 12:-0.12
s:background 4:-0.11 6:0.22
s:backup 0:0.12
s:backward 0:-0.16 2:0.55 4:0.1 5:0.19
s:bacon 5:0.12
s:bad 1:-0.22 3:-0.21 6:-0.25 7:0.24 12:-0.31
s:badge 1:-0.17 4:-0.23
s:badly 0:-0.11 6:-0.17
s:baffl 0:-0.26
s:bag 0:0.36 2:-0.11 3:-0.13 4:0.14 5:0.16 6:0.22 11:0.17 12:0.15
s:bagg 0:0.24
s:bags 0:0.26 2:-0.13 3:0.16 4:0.11 5:0.21 8:-0.17 11:-0.24
s:bailiff 6:0.12
s:baked 5:0.25
s:bakery 2:-0.22 3:0.14 4:0.24 5:0.23
s:balance 5:0.24
s:balayage 2:0.23
s:ball 1:0.33 3:0.15 5:-0.24
s:ban 6:0.14
s:banana 5:0.11
s:band 1:-0.46 4:0.24 5:0.11
s:bang 0:0.23 1:-0.17 2:0.12 5:-0.34
s:banister 5:0.17 12:-0.14
s:bank 3:-0.35 4:-0.33 5:0.28 6:-0.17 9:-0.12 11:-0.12
s:banner 0:0.19 2:-0.15 6:0.15
s:bar 0:0.14 1:0.18 2:-0.16
s:barber 1:-0.35 2:-0.26 4:-0.17 5:0.4 12:-0.21
s:bardzo 5:-0.1
s:bare 1:0.14 2:0.16 5:0.31 6:-0.12 9:-0.12 12:-0.26 13:-0.22
s:bargain 0:-0.13 4:0.44 5:-0.19 11:0.65 13:0.1
s:barista 5:0.15
s:bark 0:-0.25 1:0.19 8:-0.12
s:barman 1:-0.21
s:barrier 0:0.2 2:0.14 5:-0.22 6:-0.16 7:0.16
s:bars 0:0.14 1:-0.15 5:0.13 12:-0.12
s:base 1:-0.13 5:-0.22
s:basic 2:0.28 5:-0.13
s:basical 5:-0.16 6:0.12 7:0.17 13:0.11
s:basin 0:0.11
s:basket 5:-0.31
s:bath 1:-0.13 4:-0.2 5:0.26 10:-0.16
s:bathroom 1:-0.22 2:0.19 3:0.14 5:-0.17 10:-0.13
s:batter 0:0.37
s:battery 0:-0.31 1:-0.23 2:-0.16 5:-0.11
s:bay 5:-0.18
s:bays 5:-0.11
s:be 0:0.25 1:-0.31 3:0.38 5:-0.46 6:0.26 8:-0.33 9:-0.2 10:-0.19
s:beach 5:0.19 6:-0.11
s:bead 2:0.26 4:-0.22
s:bean 5:0.26
s:beard 1:0.12 3:-0.32 5:0.41 12:0.25
s:beat 0:-0.11 5:0.31 11:0.36 12:0.14
s:beaucoup 6:0.17
s:beautiful 0:-0.13 3:0.18 4:0.1 5:1.07 12:0.14 13:-0.11
s:because 0:0.19 1:-0.16 3:-0.2 4:0.21 5:-0.15 6:0.14 7:-0.31 8:0.22 10:0.16 11:0.17 12:-0.2
s:become 0:0.12 4:0.13 5:-0.11 6:0.17
s:bed 0:-0.29 1:0.27 3:0.28 13:0.1
s:bedroom 5:-0.44
s:beds 0:0.19 5:0.11
s:bedside 1:0.4
s:been 1:0.15 2:-0.14 3:0.33 4:-0.37 5:-0.35 6:0.14 7:-0.45 8:0.15 10:-0.19 11:0.17 12:0.11 13:-0.27
s:beer 5:-0.22
s:before 0:0.21 1:-0.35 2:-0.12 3:0.16 4:-0.12 5:-0.67 6:0.31 7:0.19 8:0.11 10:0.31 12:0.19 13:0.42
s:beforehand 0:0.14 6:0.31
s:behind 0:0.23 1:0.27 2:-0.13 3:0.22 5:-0.25 6:0.44 9:0.12
s:being 0:0.25 1:0.38 2:-0.19 4:-0.31 5:-0.43 6:-0.32 7:-0.27 8:-0.29 11:-0.12 13:-0.14
s:believ 0:0.12
s:believe 0:0.18 1:-0.21 4:0.31 6:-0.14 7:0.18 12:0.12
s:bell 0:0.3 5:0.24 6:-0.11 8:-0.12
s:bella 2:-0.2
s:below 4:0.13
s:belt 0:0.11 5:-0.17 6:-0.19
s:bench 0:0.4 4:-0.15 7:-0.21
s:benefit 1:0.27 2:0.18 5:-0.22
s:best 0:0.13 1:-0.46 2:-0.18 3:-0.54 4:0.23 5:0.26 6:-0.35 11:0.24 12:0.43 13:0.12
s:better 1:0.14 3:-0.29 4:0.28 5:0.58 8:-0.17 9:0.13 11:-0.16 13:0.1
s:between 0:0.48 1:-0.22 2:0.13 3:0.3 6:0.19 7:-0.22 10:-0.12 11:-0.11
s:beyond 0:-0.17 1:0.23 4:0.13 5:-0.37
s:bias 1:-0.28
s:bien 1:-0.18 5:0.27
s:big 0:-0.22 1:-0.12 2:0.45 3:-0.2 4:0.16 5:-0.19 6:-0.26 9:0.12 11:0.19
s:bigger 0:-0.1 1:0.1 5:-0.11
s:biggest 6:-0.19
s:bike 0:0.21 5:0.32 6:0.14 12:0.19
s:bill 0:0.14 2:-0.43 4:0.17 5:-0.22 6:0.55 8:-0.19 11:-0.14
s:bin 0:-0.57 3:-0.28 5:0.26 13:-0.16
s:bins 0:-0.2 1:-0.15 2:-0.14 5:1.06 6:-0.16 10:-0.17 12:-0.32
s:biohazard 0:-0.27 3:0.19
s:bird 5:0.47
s:birth 4:-0.11
s:birthday 0:0.13 1:-0.51 4:-0.12 5:-0.2 6:-0.38
s:biscuit 4:-0.25 5:-0.1
s:bit 2:0.13 4:0.1 5:0.17 6:-0.42 7:0.22 8:-0.13 9:0.21 10:0.25 11:0.12
s:bite 5:0.21
s:bits 3:0.33 5:-0.39
s:bitter 5:0.39
s:black 0:-0.19 1:-0.1 3:-0.12 5:0.56 6:0.28
s:blam 0:0.22 1:0.18
s:blame 0:0.19 2:0.34 5:0.29 6:-0.11 9:-0.11
s:bland 2:0.13
s:blazer 1:0.25 2:-0.21 4:0.25 5:-0.11
s:bleach 0:-0.11 3:0.11 5:-0.12 10:-0.11 12:0.1
s:bled 0:-0.14 5:0.28
s:bless 5:-0.13 6:-0.11
s:blind 0:-0.19 3:-0.17 5:0.14
s:block 0:0.14 3:0.13 5:-0.23 6:-0.26
s:bloke 0:0.16 1:0.45 2:0.14 3:-0.13 6:-0.11 7:0.15 8:0.15 9:0.11 12:0.11
s:blood 0:0.2 1:-0.21 2:0.51 3:-0.25 5:0.17 6:-0.31 7:0.21 11:-0.11
s:blow 5:-0.27
s:blue 0:-0.11 2:0.29 6:0.14
s:board 0:-0.18 2:-0.15 3:0.19 5:0.2 6:0.57 7:-0.12 10:0.16 13:-0.1
s:bob 1:0.11 2:0.28 5:0.43
s:body 5:-0.11
s:bodywork 5:0.12
s:bogs 3:0.17
s:boiler 0:0.63 2:-0.13 3:0.52 5:-0.95 6:-0.15
s:bon 4:0.4 5:0.33 11:0.13
s:bond 1:0.13
s:bone 2:-0.11 12:0.27
s:book 0:0.38 1:-0.45 2:-0.27 4:0.15 7:0.25 9:0.26 11:0.16 13:0.24
s:booking 0:0.12 6:0.14
s:bookshop 1:-0.22 2:0.34 5:-0.39 6:0.11
s:boot 4:-0.22 5:0.27 12:0.13
s:booth 1:-0.32 3:0.35
s:borrow 4:0.39
s:borrower 0:0.17
s:boss 0:-0.16 2:0.44 6:-0.19
s:bot 2:-0.2 5:0.18 6:0.38 13:-0.17
s:both 0:-0.24 1:-0.22 3:-0.37 6:0.32 11:0.27
s:bother 0:0.13 1:-0.15 2:0.21 4:0.14 6:-0.13 8:-0.15 9:0.18 11:0.16
s:bottle 1:-0.1 2:0.13 3:0.22 4:0.11 5:0.26 11:0.18 12:0.19
s:bought 1:-0.23 2:-0.29 3:-0.36 5:1.04 6:0.24 13:0.15
s:bouncer 1:0.14
s:bout 0:0.11 2:0.23
s:box 1:-0.25 2:0.26 3:-0.42 4:-0.54 5:0.6 6:0.17 7:0.13 9:-0.12 13:0.13
s:boxed 5:0.11
s:boy 8:-0.2
s:boys 5:-0.14
s:brac 3:0.12
s:brake 1:-0.24 2:0.24 4:-0.1
s:branch 1:-0.11 3:0.13 4:-0.19 5:-0.59 6:-0.15 7:0.2 9:-0.22 10:-0.11 13:-0.27
s:brand 0:0.33 2:-0.19 3:0.24 5:0.46 6:-0.15
s:brassy 2:-0.12 5:0.1
s:brave 5:0.27
s:bread 1:-0.18 2:-0.16 5:0.38 10:0.16
s:break 1:-0.13 2:-0.28 5:-0.23 6:-0.11 7:-0.2
s:breakdown 0:0.24
s:breakfast 0:-0.18 2:0.23 3:0.15 4:0.51 5:0.52 8:0.12 11:0.11
s:breath 1:0.38
s:bridal 8:0.19
s:bride 5:0.32 6:0.31
s:brief 2:0.31 4:-0.14 6:-0.12
s:bright 0:-0.11 2:-0.21 3:0.14 5:-0.14
s:brighter 5:0.15 6:-0.1
s:brill 1:0.22 5:0.21
s:brilliant 0:0.24 1:0.2 4:-0.16 5:0.27 8:0.21 9:0.11 11:-0.21 12:-0.15
s:bring 0:0.18 1:-0.23 2:0.17 7:-0.12 8:-0.15 12:-0.23
s:brisket 0:-0.12 2:0.2 6:-0.13
s:broad 0:0.21 1:0.14 4:0.24 5:-0.21 13:0.11
s:broadband 0:0.23 1:-0.19 2:-0.12 4:0.4 9:-0.19 11:-0.13 12:0.19
s:brochure 1:-0.13 5:0.26 6:-0.11
s:broke 1:0.44 2:-0.14 5:0.32
s:broken 0:0.59 1:0.17 5:0.24 6:0.22 7:-0.1 12:-0.14
s:broker 2:0.18 5:-0.96 11:0.16
s:brought 0:0.13 1:-0.14 2:-0.3 3:0.24 5:0.1 8:0.11 12:0.18
s:brow 1:0.1 2:-0.12 5:0.55
s:brown 0:-0.12 4:0.13 5:0.57 12:-0.11
s:bruis 5:0.12
s:brusque 1:0.15
s:brutal 5:0.15
s:budget 0:-0.17 2:-0.12 3:0.11 11:0.26
s:buffer 0:-0.37 5:0.32
s:buffet 3:0.24 5:-0.21
s:build 0:-0.13 1:0.41 2:0.16 5:-0.46 6:0.17
s:builder 0:0.24 1:-0.33 5:-0.13 6:0.12 7:-0.11 11:0.15
s:built 1:0.12 4:0.11
s:bulb 0:0.26 1:0.16 2:0.37 6:0.16
s:bulky 3:0.12 4:-0.32 6:-0.1
s:bunch 1:0.3 11:0.15
s:buns 4:0.17
s:burger 5:0.18 10:-0.16 12:0.15
s:burglary 0:0.17 3:-0.18
s:burn 5:0.24
s:burnt 5:0.51 12:-0.19
s:burst 0:0.33 2:-0.12 5:-0.26 6:0.19
s:bus 1:0.27 4:-0.37 5:-0.53 6:-0.15 8:0.19
s:business 0:0.24 2:-0.1 6:-0.19
s:busy 0:-0.27 1:0.62 2:-0.16 5:-0.34 7:0.11 8:-0.11
s:but 0:0.24 1:0.41 2:0.23 3:0.16 4:0.47 5:0.41 7:-0.19 8:0.37 10:-0.2 11:-0.43 12:0.23
s:butcher 0:-0.3 1:0.13 2:0.4 5:0.26 6:-0.23 8:-0.19 12:0.12
s:butter 0:0.19 12:0.12
s:button 1:0.41 2:-0.24 4:0.24
s:buy 1:0.28 3:-0.35 4:0.17 5:-0.19 6:-0.24 11:-0.3 12:-0.19
s:buyer 0:-0.11 4:0.13 5:-0.13 13:-0.13
s:buying 1:-0.2 2:0.16 4:0.19 5:-0.16 11:0.15
s:buzz 1:-0.34 5:0.14
s:by 0:0.32 2:-0.24 3:0.36 8:0.2 9:0.13 10:-0.15 11:-0.13
s:cab 0:0.25 6:0.2 7:0.13
s:cabbie 1:0.22 5:-0.27
s:cabin 0:0.21 5:0.26
s:cabinet 3:0.22 5:0.31 12:0.1
s:cable 0:-0.15 1:-0.16 2:0.12 3:-0.12 5:0.63 6:-0.12
s:cafe 1:-0.13 3:0.18 5:-0.3
s:café 0:-0.23 1:-0.11 2:-0.18 3:0.19 4:0.2 10:-0.2
s:cake 0:0.12 5:0.42 6:-0.23
s:calendar 8:-0.22
s:call 0:0.73 2:-0.54 5:-0.37 6:0.38 8:-0.15 12:-0.2 13:-0.12
s:callback 0:-0.42 5:-0.34 6:0.5 7:0.12
s:caller 2:0.19 5:-0.12 13:0.12
s:calm 0:0.21 1:-0.95 8:-0.14
s:calmer 1:-0.13 5:0.2 6:-0.15
s:came 1:0.41 4:-0.33 5:0.7 6:0.11 8:0.13 9:0.19
s:camera 0:0.19 1:-0.11 2:0.29 3:0.15 6:-0.17 12:-0.13
s:camp 5:0.1
s:campsite 1:-0.12 5:-0.11
s:can 0:-0.15 2:0.27 3:0.12 4:0.12 5:-0.18 7:0.1 13:0.34
s:canada 1:0.19
s:cancel 2:0.18 4:-0.19 5:0.25 6:0.19
s:cancell 0:0.25 1:-0.25 2:-0.29 4:-0.22 5:-0.48 6:0.62 7:-0.15 12:0.19 13:-0.21
s:cancellation 2:0.14
s:cann 6:0.24
s:cant 1:0.27 2:0.16 4:0.5 5:-0.17 6:-0.24 7:0.15 8:0.28 9:-0.12 11:0.63 12:0.29
s:canteen 0:-0.26 1:-0.31 2:0.16 4:-0.75 5:-0.19 6:-0.28 10:-0.16 12:-0.35
s:car 1:0.34 2:-0.36 3:0.36 4:-0.22 5:-0.59 6:0.13 8:0.18 13:-0.22
s:carbonara 5:0.16
s:card 0:0.26 1:0.41 2:-0.18 3:0.14 5:-0.54 6:-0.41 7:0.12 8:0.3 9:0.12 12:-0.12
s:cardboard 5:0.1
s:care 0:0.29 1:-0.74 2:-0.19 6:0.12 7:-0.13 12:0.14
s:cared 1:0.34 5:0.24 6:-0.18 12:0.17
s:career 1:-0.14 2:0.15
s:careful 1:0.22 3:0.13 5:0.54
s:carer 0:0.25 1:0.1 5:-0.23
s:caretaker 0:-0.13 1:0.32 2:0.3 5:-0.23 6:-0.12
s:caro 5:-0.3
s:carpet 0:0.11 1:-0.17 3:0.19 5:-0.32
s:carri 1:0.27 3:0.21 6:-0.1
s:carrier 5:-0.17 11:-0.23
s:carry 1:0.44
s:cars 5:0.22 6:0.28
s:cartridge 0:0.23 4:0.17
s:cas 1:-0.23
s:case 0:-0.23 1:0.48 2:-0.17 4:0.1 5:-0.12 13:0.13
s:cash 5:0.16 6:-0.18
s:cashier 1:0.11 4:-0.12 5:-0.21 6:-0.22 8:-0.23 9:-0.11
s:cashpoint 0:0.13 1:-0.26 5:-0.16
s:cast 5:0.28
s:cat 2:0.2 3:-0.1 4:0.1 12:0.1
s:catalogue 0:0.16
s:cataract 0:-0.1 5:0.1 6:-0.1
s:catch 0:-0.2 4:-0.18
s:cater 5:0.12 6:0.19
s:caterer 0:-0.27
s:cats 0:0.33
s:caught 5:-0.11
s:cctv 0:-0.2 1:0.24 2:0.21 6:0.31
s:ceil 2:-0.11
s:centr 5:-0.11
s:central 0:0.17
s:centre 0:0.13 1:0.58 2:0.28 3:0.23 4:0.17 6:-0.37 7:-0.14 8:0.1 11:0.12 12:-0.1
s:cereal 8:-0.11
s:ceremony 5:-0.4
s:certificate 4:-0.22 5:0.25
s:cest 4:0.26 5:0.27
s:chain 1:0.37 2:0.11 6:-0.28 8:-0.12 9:0.13
s:chair 0:0.24 1:0.26 5:-0.57 6:-0.12 8:-0.14
s:chance 0:-0.31 4:0.18
s:chang 0:-0.13 1:-0.2 3:0.36 5:-0.75 6:-0.31 10:-0.12 11:0.19 13:-0.15
s:change 0:0.1 1:0.59 3:0.14 4:0.21 5:-0.72 6:-0.24 8:0.17
s:channel 0:-0.23
s:chao 3:-0.24 4:0.1 5:0.33 6:-0.12
s:chap 0:0.35 1:0.12 2:0.23
s:charg 0:-0.68 1:-0.17 2:-0.33 3:-0.11 4:1.27 5:0.14 9:-0.11 13:-0.19
s:charge 3:-0.43 4:0.91 5:-0.5 6:0.38 7:0.23 8:0.1 9:-0.1 12:0.17 13:-0.17
s:charger 4:-0.16 5:0.32 12:-0.19
s:charity 1:0.12 6:-0.16 12:-0.1
s:charm 0:0.14 5:-0.13 6:-0.21
s:chas 0:-0.18 4:0.19 5:-0.11
s:chase 1:-0.1 2:-0.12 4:-0.14 7:-0.23
s:chat 0:0.16 1:0.47 2:-0.15 3:-0.14 4:-0.14 5:0.13 6:0.69 13:-0.23
s:chatbot 5:-0.18 6:0.65 13:-0.13
s:chatt 1:0.94 4:-0.11 8:-0.19
s:chatty 1:-0.18
s:cheap 0:0.38 1:-0.33 2:-0.23 4:0.89 6:-0.35 12:0.27
s:cheaper 0:0.21 2:0.36
s:cheapest 0:-0.19 1:0.16 2:-0.54 4:0.3 5:-0.14 7:0.12 11:-0.15
s:check 0:-0.18 1:0.44 2:0.6 3:0.3 4:0.11 5:-0.59 7:0.15 9:0.17 12:-0.17 13:0.22
s:checker 6:0.12
s:checkout 0:0.2 2:-0.19 4:0.22 5:-0.44 6:0.63 11:-0.19 12:-0.12 13:-0.16
s:cheek 4:0.12
s:cheer 0:0.19 2:-0.17 5:0.35 12:-0.13
s:cheerful 0:0.14 4:0.3 6:0.18 8:-0.13 11:0.14
s:cheese 2:0.64 3:0.14 5:-0.18 6:-0.17 9:0.17
s:chef 4:0.13 5:0.34 10:-0.17 11:-0.11
s:chemical 2:0.11 5:0.37 9:-0.12
s:chemist 1:-0.16 5:-0.2 6:0.16
s:cheque 6:-0.1
s:cher 1:0.15 4:0.1 5:-0.22
s:chest 2:0.19
s:chew 1:-0.55 2:0.22 5:0.27
s:chicken 0:-0.42 5:0.2 6:-0.13 8:0.16
s:child 1:0.13 2:-0.18 5:0.32
s:childcare 0:-0.13
s:children 0:-0.23 1:0.45 3:0.22 4:0.18 5:0.11 6:-0.2 8:0.15 11:-0.1
s:china 0:-0.21 5:0.4 6:0.18
s:chinese 3:-0.1
s:chip 1:-0.14 2:-0.24 3:-0.21 5:0.83 6:-0.25 10:-0.14 11:0.24 12:-0.14
s:chipp 1:0.16 5:0.17 6:0.11 8:0.1 12:-0.13
s:chippy 0:0.32 5:0.11
s:chocolate 1:-0.36 5:-0.1
s:choice 6:0.2
s:choos 1:0.22 5:-0.19 6:-0.14
s:choose 1:-0.42 6:-0.24 12:0.17
s:christma 0:-0.15 1:-0.8 3:-0.16 5:-0.26 6:-0.38
s:chuck 1:0.23 3:-0.15 5:0.46 12:-0.14
s:chuff 0:0.16 5:-0.18
s:chunk 0:0.16
s:church 0:0.16 2:0.13
s:cigarette 2:-0.12 3:0.26 5:-0.17
s:cinema 10:0.16 11:0.18
s:cinnamon 4:0.17
s:circle 0:-0.14 6:-0.17
s:citing 1:-0.12 2:0.33
s:citizen 6:-0.12
s:city 4:0.13 5:0.22
s:claim 1:-0.1 2:-0.17 4:0.57 5:-0.21 6:0.11 7:0.11 8:0.13 12:0.1 13:-0.12
s:clash 6:-0.21
s:class 0:-0.51 1:-0.15 2:0.19 5:-0.51 6:0.14 7:-0.16 9:0.13
s:clean 0:-0.4 2:-0.17 3:0.4 4:0.45 5:-0.18 6:-0.28 9:0.14 11:-0.26
s:cleaner 1:0.37 2:-0.17 3:0.63 5:0.18 6:-0.13 8:-0.13 10:0.28
s:cleanest 1:-0.13 3:0.27
s:cleanliness 0:-0.25 1:-0.12 3:0.19 4:-0.12 5:-0.28 6:-0.23
s:clear 1:0.28 2:0.59 3:0.13 4:-0.27 5:-0.11 6:0.63 8:0.12 9:0.11 10:-0.14 13:0.64
s:clearer 2:-0.13 5:-0.12 6:0.23
s:clerk 0:-0.15 1:-0.13 2:0.18 4:0.16 5:-0.22
s:click 5:-0.13
s:client 0:-0.15 1:0.21 2:0.56 3:0.16 5:0.5 11:-0.18 12:-0.15 13:0.17
s:climb 6:0.14 12:0.11
s:clinic 1:-0.17 3:-0.12 4:-0.38 5:0.18 8:0.2
s:clip 4:-0.16
s:clipper 5:0.25
s:clipping 3:0.45 5:-0.12 10:-0.23 12:0.22
s:cloakroom 5:-0.55
s:clock 0:-0.31 1:0.12 5:0.12
s:clockwork 0:0.13
s:clos 0:-0.39 1:-0.25 2:-0.18 3:-0.1 4:0.22 5:-0.39 6:0.32 13:-0.11
s:close 0:-0.33 3:-0.25 5:-0.12 6:0.15 12:-0.13
s:closure 0:-0.16 1:-0.16 5:-0.25 6:0.22
s:cloth 10:-0.18
s:clothe 3:-0.18 5:0.15
s:cloud 5:0.34
s:cloudy 3:0.67 10:-0.13
s:club 0:-0.13 1:0.2 2:-0.17 3:0.1 5:0.26 6:0.18 11:0.2 12:-0.21
s:clue 1:-0.14 2:0.61 5:-0.31 6:-0.21 9:-0.24
s:clued 2:0.14
s:clueless 1:0.17 2:0.69 9:-0.14
s:clunky 5:0.21
s:clutch 2:0.22 3:0.25 4:-0.12 5:0.3 6:-0.1
s:cm 1:-0.15 12:-0.19
s:coach 0:-0.11 1:0.73 2:-0.2 5:0.22 6:0.25 11:0.15 12:-0.31
s:coat 0:-0.28 1:0.18 4:0.25 5:0.24 12:-0.11
s:coating 6:0.11
s:cobbler 2:0.12 6:-0.17
s:cobweb 3:0.14
s:cocktail 0:-0.23 4:0.2 5:-0.37
s:code 0:-0.28 1:-0.27 2:-0.15 5:-0.47 6:0.36 13:-0.19
s:coeliac 1:0.17 5:-0.18
s:coffee 1:-0.13 2:-0.37 4:-0.27 6:-0.19 10:-0.11
s:coffin 4:-0.17
s:coin 0:-0.29 5:0.2 8:0.12
s:cold 0:0.25 1:0.5 2:-0.32 3:-0.25 5:0.64 6:-0.16 7:-0.28 8:-0.23 11:-0.18 12:-0.2 13:-0.1
s:collar 5:0.12 12:-0.17
s:colleague 1:0.45 2:0.27 5:-0.1 6:-0.29
s:collect 0:0.23 1:-0.35 4:0.42 11:-0.1 12:-0.22
s:collection 0:0.17 1:-0.25 2:0.15 3:0.29 4:-0.28 5:0.32 6:0.22 12:0.28
s:college 1:-0.12 2:-0.14 6:0.18
s:colour 1:0.17 2:0.23 4:0.14 9:0.15
s:come 0:0.15 4:-0.15 5:0.24 6:0.2 10:0.13 11:0.17 12:0.13 13:0.18
s:comfortable 5:0.38 10:-0.14 12:0.12
s:comfy 3:-0.2 5:0.23
s:comida 5:0.41
s:coming 0:-0.25 2:-0.27 5:0.29 6:0.19 7:-0.11 11:0.25
s:comment 0:-0.27 1:0.19 2:-0.27 3:0.3 4:-0.22 10:0.22 12:0.17
s:commission 6:-0.15
s:committee 5:0.26
s:communication 6:0.38 13:-0.2
s:community 0:0.1 1:0.13 2:0.28 5:-0.34 6:-0.17
s:company 1:-0.12 2:-0.13 3:-0.4 4:-0.15 5:-0.24 6:0.33 12:-0.26
s:compar 1:-0.16 2:-0.14 4:0.13 5:-0.35 6:-0.31 7:0.14
s:compensation 6:0.15
s:competent 1:0.11 2:0.13
s:competitive 6:0.12 11:0.12
s:competitor 5:0.5
s:complain 0:0.45 3:0.15 4:0.45 5:-0.25 10:0.13 11:0.41
s:complaint 0:0.32 2:-0.16 3:0.39 4:-0.54 5:-0.15 6:0.1 8:-0.13 9:0.1 10:0.33 12:0.38 13:0.21
s:complet 2:-0.13 5:0.1
s:complete 1:-0.18 2:0.31 5:0.27
s:completion 5:-0.19
s:compliment 1:0.16 5:0.14
s:complimentary 3:0.36 4:-0.69 5:-0.16
s:compost 5:0.27
s:computer 1:0.1 8:-0.1
s:compétent 8:-0.11 9:0.1
s:concern 0:-0.15 1:-0.13 2:0.19 4:-0.24
s:concourse 6:0.18
s:condition 0:-0.22 5:0.19 11:0.11
s:conference 5:0.11 6:-0.13
s:confidence 1:0.18 6:-0.19
s:confirm 2:0.19 3:0.21 6:0.4
s:confirmation 0:0.11 2:0.23 5:-0.19 6:0.6
s:confus 0:-0.18 1:-0.16 2:-0.28 5:-0.25 6:0.65 13:-0.46
s:connect 0:0.33 5:0.34
s:connection 1:0.23 6:0.23
s:consensu 0:0.18 2:0.13 4:0.12 5:0.1 6:0.14
s:consider 2:0.13 5:0.15
s:consist 3:0.28 4:-0.18 6:-0.11
s:consistent 2:0.42 5:0.33
s:constant 0:0.14 1:0.35 2:-0.1 3:-0.1 5:0.35 6:0.13 7:-0.17 12:-0.18
s:consult 1:0.24 3:0.14 5:-0.21 6:-0.12
s:consultant 5:-0.15 6:0.24
s:consultation 0:-0.25 1:0.22 2:0.38 5:0.11
s:contact 0:-0.11 1:0.35 2:0.15 4:0.14
s:contain 2:0.33 5:-0.22
s:contract 0:-0.18 1:0.17 4:0.26 5:-0.39 6:0.34 9:-0.13 11:-0.2 13:-0.13
s:contractor 3:0.11 6:-0.12 7:-0.13
s:contradict 2:0.1
s:contrast 5:0.11 9:0.12
s:control 0:0.24 6:0.2
s:controller 2:-0.12 6:0.34
s:convenience 1:-0.1 4:-0.31 5:-0.25 6:0.15
s:convenient 6:-0.13
s:conversation 0:-0.19
s:conversion 0:0.14 1:-0.14
s:conveyanc 5:-0.13
s:cook 0:-0.32 2:0.49 4:0.12 5:0.49 6:-0.31 9:0.17 12:0.23
s:cooler 1:-0.19 2:-0.13 5:-0.15
s:coordinator 0:-0.13 1:-0.12 4:-0.11 5:0.77 6:0.25
s:cope 1:0.16
s:copier 2:0.13 6:0.2
s:corner 0:0.2 2:-0.38 3:0.17 6:-0.14
s:corporate 6:-0.17
s:correct 1:-0.25 2:0.38 4:0.18 5:-0.27 6:-0.16
s:correction 2:-0.14 5:0.13
s:corridor 0:0.18 2:-0.15 5:0.15
s:corrod 2:0.33
s:cost 1:-0.38 2:-0.18 4:0.43 6:-0.26 11:-0.24 12:-0.27
s:costume 0:-0.14 5:-0.12
s:cottage 1:-0.2 5:0.35 12:0.13
s:couch 5:-0.49
s:could 1:-0.25 2:0.6 3:0.22 4:-0.51 5:-0.29 6:-0.44 7:-0.18 8:0.15 10:-0.19 11:-0.15
s:couldnt 2:0.16 3:0.19 5:-0.3 6:-0.11 7:0.13 9:-0.2 11:0.16 13:0.12
s:couldve 0:-0.25 2:0.21 3:0.47 5:0.22 6:-0.25 10:0.21
s:council 0:0.37 1:-0.4 2:-0.21 3:-0.31 6:0.13 8:0.12 12:0.17 13:-0.16
s:count 4:0.11 5:-0.27 6:-0.24
s:counter 0:0.42 1:0.29 5:-0.46 6:-0.21 8:0.13 10:0.28
s:country 5:0.13
s:county 0:-0.11 1:-0.19 6:-0.17
s:couple 0:0.13 2:0.18
s:courier 2:-0.38 5:0.55 6:0.29 7:0.18
s:cours 5:0.24 6:-0.13 11:0.15 12:0.12
s:course 1:-0.15 2:0.28 5:0.35 7:-0.13 9:0.11
s:coursework 6:0.1
s:court 1:-0.13 5:0.13
s:courteou 0:0.14 1:0.36 5:0.36 6:0.1 8:0.24
s:courtesy 5:0.22
s:cover 1:-0.16 2:0.24 3:0.4 4:-0.25 5:-0.73 6:-0.34 9:-0.21 12:0.17
s:coverage 5:0.23
s:cowboy 2:-0.45 4:0.28 6:0.43
s:crack 1:-0.32 2:-0.17 4:-0.14 5:0.58 12:-0.43
s:cracker 5:0.2
s:craft 12:-0.24
s:crash 5:0.28 6:-0.49
s:crawl 5:0.18
s:cream 2:0.16 5:0.42 12:0.18
s:credit 0:0.18 1:0.16 2:-0.14 3:-0.21 5:0.41 8:0.14 11:0.11
s:crept 3:0.11 4:0.15 5:-0.21 6:-0.12 8:-0.12 11:-0.1
s:crew 0:0.56 1:0.37 2:-0.2 6:-0.16 10:0.12
s:crewe 6:-0.17
s:cried 5:0.37
s:criminal 5:-0.19
s:cringe 1:0.25
s:crisi 0:-0.13 6:0.12
s:crisp 0:0.17 1:-0.26 2:0.11 3:-0.21 5:-0.89 9:-0.22 11:0.22
s:critical 5:0.14
s:criticis 2:0.12 6:-0.12
s:criticism 4:-0.12
s:crm 6:0.13
s:croissant 3:-0.14 5:0.68
s:cross 0:0.24 1:-0.25 4:0.13 6:0.16
s:crown 0:-0.12 5:0.15 12:0.1
s:crumb 5:-0.55
s:crush 2:-0.15 5:0.15
s:cry 4:0.17
s:crystal 5:0.14
s:cs 4:0.11 11:-0.11
s:cupboard 4:-0.14 5:0.17
s:curly 5:0.18
s:current 4:0.18
s:curry 2:-0.13 5:0.27
s:curt 1:0.15 6:-0.17 8:-0.14
s:curtain 4:0.62 5:-0.15
s:custom 1:0.16
s:customer 1:0.25 3:0.33 4:0.24 6:1.1 7:-0.11 8:-0.32 9:0.13 11:-0.11 12:-0.24
s:cut 1:-0.2 2:0.12 3:0.18 4:-0.63 5:-0.16 10:-0.22 12:0.23 13:-0.16
s:cutlery 1:0.29 5:-0.18
s:cuts 0:-0.15
s:cutt 4:0.2 5:-0.17
s:cv 1:-0.16 2:0.13
s:dad 0:-0.12 1:0.17 3:-0.11 5:-0.11 7:0.1
s:dads 1:-0.11 2:-0.13
s:daft 0:-0.12 4:0.19 5:0.28 6:-0.11 11:-0.11
s:daily 3:0.25 5:-0.16 6:0.2
s:damag 0:0.14 1:-0.28 5:0.22 12:0.22
s:damage 4:-0.26 5:-0.32 6:0.33
s:damp 0:-0.12 1:-0.31 2:0.27 3:-0.12 5:-0.33
s:dance 1:-0.19
s:dark 0:0.36 4:-0.1 5:0.31
s:darken 5:-0.11
s:das 5:0.22
s:data 5:0.18 6:-0.16
s:date 0:-0.31 1:-0.11 2:0.27 6:0.69 13:-0.14
s:dated 5:0.21 6:-0.1
s:daughter 0:-0.25 4:0.17 5:0.46 8:0.12 11:0.1 12:0.14 13:0.22
s:dave 0:-0.12 1:0.13 2:0.23 6:0.12
s:day 0:0.3 2:-0.47 3:-0.4 4:-0.21 6:0.51 7:-0.28 8:-0.12 10:0.15 12:-0.12 13:0.16
s:daylight 0:-0.33 4:0.18 5:0.18 11:-0.15
s:days 0:0.62 1:-0.3 2:-0.18 4:-0.35 5:-0.21 6:-0.13 7:0.34 9:-0.13 11:-0.21 13:0.13
s:de 1:0.26 5:-0.14
s:dead 0:-0.2 1:0.23 3:0.31 8:0.18
s:deadlift 2:0.3 5:-0.13
s:deadline 0:-0.11 2:0.14 4:-0.18
s:deal 0:-0.23 1:-0.29 2:0.14 4:-0.17 5:-0.38 11:0.11
s:dealer 1:0.16 2:-0.1 5:-0.38 9:0.16
s:dealership 3:0.29 4:-0.19 5:-0.35 6:-0.16
s:dealt 0:0.36 3:0.17 6:-0.25
s:dear 0:-0.29 1:-0.18 2:-0.12 4:1.25 6:-0.19 11:-0.55 12:0.13
s:dearest 4:0.33
s:debit 4:0.14 5:-0.22
s:debt 0:-0.19 1:-0.41 6:-0.31
s:decent 1:0.17 4:0.2 5:0.38 11:0.23 12:0.11
s:decid 0:-0.21
s:decide 1:0.11 6:0.14
s:decision 1:-0.2 5:0.23
s:dedicat 5:0.1
s:deep 4:0.13 5:0.23 10:-0.24
s:def 1:0.29 5:-0.12
s:definate 5:-0.16
s:definite 1:-0.26 2:0.37 3:0.15
s:defo 0:0.32
s:degree 1:-0.18 13:-0.1
s:delay 0:0.26 1:-0.16 4:-0.11 5:0.31 6:0.69 7:0.19 13:0.27
s:deli 1:0.26 2:-0.12
s:deliciou 5:0.2
s:deliver 0:-0.2 1:0.49 2:-0.34 5:0.34 6:0.38
s:deliverie 0:0.11
s:delivery 0:0.85 1:0.12 2:-0.29 3:-0.3 5:0.4 6:0.45 7:-0.37 8:-0.27 10:0.13 11:-0.17 13:-0.17
s:dent 0:-0.14 2:-0.15 5:0.42 6:0.27
s:dental 0:0.23 2:-0.15 6:-0.25
s:dentist 1:-0.25 2:-0.24 11:0.13
s:department 2:-0.25 6:0.24
s:departure 5:-0.47
s:depend 0:-0.14 2:0.52 6:-0.59
s:deposit 0:0.14 2:-0.21 3:-0.17 4:-0.32 6:0.4 7:0.14 12:0.15
s:depot 0:-0.38 3:-0.34 5:0.32
s:describ 1:0.32 2:0.32 4:0.2 5:0.31 6:0.19 8:0.12 9:0.12 10:0.27 12:0.22 13:-0.1
s:describe 1:-0.19
s:deserve 5:-0.14
s:design 6:0.21
s:designer 0:0.14
s:desk 1:0.46 2:0.39 3:0.21 5:-0.34 6:-0.41 11:-0.11
s:despite 0:0.55 7:-0.12
s:dessert 0:-0.13 2:0.13 3:-0.22 6:-0.15
s:detail 3:0.13 4:-0.16 5:-0.22 6:0.48 8:-0.13
s:diabetic 2:0.15
s:diagnos 0:-0.11 2:0.21 6:-0.13
s:diagnostic 1:-0.11 5:-0.26 11:0.12
s:diagram 6:0.22
s:diary 0:0.18 5:-0.2 6:0.19
s:did 0:0.46 1:-0.2 2:-0.19 4:-0.19 6:0.46 8:0.18 9:0.15 11:0.28 12:0.18 13:-0.22
s:didnt 1:0.26 2:0.18 4:0.16 7:0.28 9:-0.27 10:0.23 11:0.31 12:-0.16
s:die 1:-0.2 6:0.23
s:died 0:-0.34 1:0.31 4:-0.1 5:0.26 13:0.14
s:dies 5:0.2 6:-0.18
s:diesel 3:0.1
s:diet 2:0.12
s:diff 2:0.11
s:difference 0:-0.2 2:0.22 6:0.1 13:0.12
s:different 0:-0.15 1:-0.54 2:0.53 4:-0.14 9:-0.38
s:dignity 0:0.24 1:0.28 5:-0.13
s:diner 1:0.34 5:-0.41
s:dining 6:0.13
s:dinner 0:0.16 2:-0.12 3:-0.11 6:0.19
s:dinosaur 0:-0.14 5:0.77 12:0.11
s:direct 1:-0.2 4:0.13 5:-0.24
s:director 1:0.14 4:-0.17
s:dirty 1:0.18 2:-0.21 3:0.21 8:-0.11 10:-0.18
s:disabl 0:0.33
s:disagre 5:-0.15
s:disappoint 1:-0.11 2:0.21
s:disaster 6:0.15
s:discharg 0:0.15 2:0.16 6:0.11
s:discharge 1:0.11 2:0.13
s:discount 0:-0.19 1:0.1 2:-0.15 3:-0.13 4:0.56 6:-0.15
s:discounter 4:0.17
s:discover 1:-0.1 2:0.12
s:discuss 1:0.69 2:-0.3 4:-0.11 5:0.21
s:discussion 0:-0.47 1:-0.14 2:-0.11 6:-0.19 8:0.1
s:discust 3:0.22 5:-0.14
s:disgrace 3:-0.41 5:-0.17
s:disgraceful 4:0.2
s:disgust 5:-0.12
s:dish 2:0.16 5:-0.25 6:0.15 9:-0.11
s:dishwasher 1:0.22 3:-0.39 6:-0.17
s:dishwater 5:0.15
s:dismissive 0:0.11 1:0.11 2:-0.1 5:-0.34 6:0.17 8:-0.13
s:dispatch 0:0.36
s:dispens 0:-0.12
s:dispensary 5:-0.32
s:display 3:0.18 5:-0.2
s:dissatisfaction 6:0.14
s:divid 2:-0.15
s:divorce 1:0.17 8:-0.22
s:dj 6:0.1
s:do 1:0.32 2:0.24 4:0.26 5:0.43 8:0.14 9:0.15
s:doc 1:0.38 5:-0.11 8:-0.13
s:doctor 0:-0.2 1:-0.34 2:0.26 4:0.17 5:-0.18 6:0.63 9:0.11 11:-0.14 13:-0.13
s:document 4:0.11 5:0.19
s:dodgy 0:0.28 1:0.28 2:0.22 4:0.35 5:-0.38 6:0.11
s:does 0:-0.62 1:-0.42 2:0.28 3:0.42 6:0.1 9:-0.18 13:-0.1
s:doesnt 1:-0.3 2:0.11 4:0.32 5:0.33 9:-0.18 11:-0.14 12:-0.18 13:-0.29
s:dog 0:-0.23 1:0.29 3:0.21 4:-0.25 8:0.11 12:0.15
s:dogs 5:0.57
s:doing 1:0.21 4:0.17 5:0.26 6:-0.11 7:-0.14 9:0.3
s:domestic 3:0.19
s:dominant 5:-0.17
s:dominat 0:0.41
s:donation 12:-0.1
s:done 0:0.17 7:0.22 12:0.21
s:dont 0:-0.16 1:-0.17 4:0.38 5:-0.15 7:0.18 11:0.19
s:door 0:0.29 1:-0.14 2:-0.46 5:0.18 6:0.34
s:doorbell 0:0.35 3:0.17
s:doorframe 5:0.15 6:0.1
s:doorstep 0:0.13 6:-0.28 8:-0.13
s:dosage 2:0.16
s:dose 2:0.3
s:dot 0:0.28 1:0.31 6:-0.13
s:doubl 4:0.22 5:-0.11
s:double 0:0.28 1:-0.21 2:0.17 5:0.33 6:-0.37
s:down 1:0.4 2:-0.36 3:0.36 5:-0.16 6:-0.23 11:0.11 12:-0.18 13:0.14
s:downhill 1:0.2 4:0.12 5:0.33 10:-0.11 12:-0.14
s:downside 4:0.12 5:0.14
s:dr 1:-0.14 2:0.18 5:-0.25 6:0.15 9:0.23
s:dragon 8:-0.17
s:drain 0:0.26 2:-0.11 5:-0.22 6:-0.15
s:draw 12:-0.1
s:drawing 1:-0.19 4:0.18 5:0.12
s:dread 0:0.19 2:0.15 5:-0.27
s:dress 0:0.3 1:0.11 2:0.23 5:0.42 7:0.12 12:-0.15
s:drew 2:0.14 4:-0.17 6:0.32 9:0.1
s:dried 5:0.22 6:0.17
s:drift 0:-0.18
s:drill 0:-0.46 1:-0.18 2:0.33 3:-0.11 4:0.11 5:0.51 6:0.12 12:-0.23
s:drink 1:-0.19 2:0.18 5:-0.28 8:-0.15 11:0.12 12:0.1 13:0.1
s:drip 5:0.3
s:driv 0:0.35 2:-0.29 3:-0.37 5:0.14 7:0.12 8:-0.13 12:-0.18
s:drive 2:-0.11 3:0.43 4:-0.13 5:0.12 6:-0.22 12:0.31
s:driven 1:-0.13
s:driver 0:0.59 1:0.51 2:-0.15 4:0.26 6:0.19 8:-0.21 9:-0.14 12:-0.18
s:driveway 3:-0.11 5:0.24
s:drop 0:-0.25 1:-0.44 2:-0.14 3:-0.13 4:-0.24 5:0.38 6:-0.29 13:0.11
s:dropp 0:0.15 1:-0.1 2:-0.19 4:-0.19 5:0.19 6:0.16 7:0.28 8:-0.11 10:0.25 12:-0.23
s:drove 0:-0.36 1:0.29 5:0.2 12:0.15
s:drug 5:0.12
s:dry 1:0.2 2:0.21 3:-0.35 4:-0.37 5:0.7 8:-0.15
s:dryer 5:-0.12 10:0.14
s:drying 5:0.24
s:dublin 4:0.1 5:0.11 6:-0.11 11:-0.24
s:due 0:-0.26 6:0.26
s:dug 0:0.12 3:-0.15 5:0.12
s:dump 1:-0.1
s:dunno 11:0.11
s:during 1:0.22 5:-0.19 8:-0.19
s:dust 0:-0.11 2:-0.28 3:0.23 10:0.17
s:dusty 3:0.2
s:duty 1:-0.13
s:dye 0:-0.13 2:0.21 5:0.13
s:dyslexia 5:0.23
s:dziękuję 5:0.15
s:e 0:0.36 2:-0.23 4:-0.14 5:-0.28 6:0.22 7:-0.15 9:-0.1
s:each 0:0.19 1:0.59 2:-0.38 4:-0.18 6:0.86 7:0.17 9:-0.16 12:-0.16
s:ear 0:0.26 1:-0.3 4:-0.17 5:0.77 12:-0.26
s:earlier 5:0.15
s:earliest 4:-0.27 5:0.15
s:early 1:-0.2 2:0.21 4:0.11 5:0.2 6:0.12 12:0.1
s:earth 0:-0.12 5:-0.18 11:-0.13
s:easi 5:-0.33 6:0.11
s:easier 2:-0.21 6:0.23
s:east 2:0.2 4:-0.19
s:easter 5:-0.25 7:-0.16
s:easy 0:0.11 1:-0.1 5:0.2 7:0.12
s:eat 0:0.1 2:-0.15 3:0.18 4:0.14 5:0.45 8:0.14
s:eaten 3:0.25
s:eating 0:0.2 5:0.11
s:economy 5:0.19
s:eczema 2:0.2 5:0.48 12:0.11
s:edition 0:-0.13
s:effect 1:0.13 2:-0.11
s:effective 5:0.11
s:egg 1:0.16
s:eggs 2:-0.11 4:-0.17 5:0.25 8:0.1 12:-0.19
s:egyptian 1:0.12 2:0.24 6:-0.32
s:eight 0:0.89 2:0.31 5:-0.35
s:either 0:-0.22 1:-0.75 4:-0.17 5:0.12 6:0.13 9:-0.12 12:-0.11
s:el 6:0.33
s:elder 1:0.73 6:-0.14
s:electric 3:-0.19 5:0.41
s:electrical 0:-0.11 1:0.11 3:-0.21 4:-0.12
s:electrician 0:0.42 1:-0.34 3:0.46 5:-0.32
s:electricity 0:0.1 5:-0.13
s:electronic 4:-0.13 5:0.11
s:eleven 0:0.36 1:-0.3 4:0.14 6:-0.13 7:-0.13
s:els 0:0.24 2:0.29 3:0.38 5:0.11 9:-0.14 10:-0.12
s:else 0:0.12 4:0.26 5:0.18 6:-0.35 8:-0.14 9:0.16 11:0.28
s:elsewhere 0:-0.1 1:0.11 3:0.11 5:-0.15
s:email 0:-1.09 1:-0.1 2:-0.4 4:-0.34 6:1.76 8:0.18 12:-0.15 13:-0.2
s:embarrass 5:0.15
s:emergency 2:-0.18 6:-0.11 7:-0.2
s:employer 5:0.19
s:empti 3:-0.25 6:-0.19
s:empty 2:0.13
s:encourag 0:-0.13 5:0.22
s:end 0:0.17 1:0.31 2:0.38 3:-0.19 6:-0.26 7:-0.17 11:0.23 13:-0.13
s:ended 0:0.18 3:-0.12 4:-0.1 6:-0.11 7:-0.12 9:-0.15 12:-0.12
s:ends 2:-0.15 3:0.27 5:0.21
s:energy 0:0.27 1:0.14 4:0.28 5:-0.43
s:engag 1:0.17
s:engine 0:-0.11 2:0.35 6:-0.23
s:engineer 2:0.22 3:0.37 5:0.22 11:-0.11 12:-0.15
s:english 0:-0.14 2:-0.43 4:0.2 6:0.47 8:0.1 13:0.33
s:engrav 2:-0.24 5:0.38
s:enjoy 8:-0.13
s:enough 2:0.28 3:-0.13 4:-0.11 6:-0.28 8:0.15 11:0.15
s:enquirie 1:0.13
s:enrolment 4:-0.12
s:enthusiastic 0:0.15
s:entire 0:0.2 3:0.3 5:0.16 6:0.15 7:-0.14 11:0.16
s:entitl 4:0.26 6:-0.16
s:entrance 1:-0.19 3:0.1
s:entry 0:-0.11 4:0.1 5:0.35 6:-0.23
s:enuf 1:0.15 12:0.14
s:equipment 0:0.31 2:0.11 4:0.23 5:0.12 7:-0.1 10:0.1
s:es 1:0.1 5:-0.16
s:esim 2:0.25
s:especial 3:0.18 4:-0.12 5:0.29 6:0.11
s:essential 11:-0.25
s:estate 0:0.21 1:-0.41 2:-0.15 5:0.12
s:estimat 4:-0.2
s:estimate 3:0.1 4:0.2
s:even 0:-0.27 1:0.7 2:0.22 3:0.12 5:0.48 6:-0.45 7:0.19 8:0.11 10:0.23 11:0.24 12:0.18 13:0.1
s:event 0:0.16 5:0.11
s:eventual 0:-0.27 1:0.16 5:0.34
s:ever 0:0.64 1:-0.23 2:-0.22 3:-0.15 4:0.13 5:-0.27 6:0.43 7:-0.15 8:0.18 9:0.11 10:-0.21 11:0.15 12:0.12
s:every 0:0.19 2:-0.25 3:0.41 5:0.26 6:0.21 8:0.22 9:0.13 10:0.38 11:-0.18 13:0.53
s:everyone 0:0.13 1:0.18 2:-0.35 3:-0.16 4:0.15 5:-0.22 6:0.12 8:0.21
s:everyth 0:0.34 1:-0.19 2:-0.13 3:0.22 4:0.18 5:0.57 6:0.34 7:0.22 9:0.16 10:0.23 12:0.39 13:0.31
s:everywhere 0:0.12 1:-0.38 3:0.51 4:0.15 5:-0.26 10:-0.18
s:evidence 6:0.18
s:evry 5:-0.11
s:evryth 5:-0.15 6:0.29
s:exact 0:0.35 1:-0.42 2:0.38 3:-0.14 4:0.2 8:-0.18 9:0.43 11:0.4 12:0.28 13:0.29
s:exam 0:0.25 1:-0.11
s:example 0:0.14 5:-0.22 6:0.25
s:excellent 2:0.11 3:0.12 6:0.4 9:0.14 12:0.14
s:excess 4:0.3 5:-0.1
s:exchange 1:-0.15 5:0.18 12:-0.11
s:exclud 6:0.17 11:-0.11
s:excuse 0:0.16
s:exercis 1:0.13 2:-0.12 5:0.54
s:exercise 6:0.22
s:exhaust 0:-0.13 2:-0.14
s:exhibition 5:0.24 6:-0.1
s:exist 2:0.12 6:-0.15
s:exit 1:-0.31 6:0.15
s:expect 0:0.5 2:-0.4 3:0.15 4:0.23 5:0.46 6:-0.16 7:0.2 11:-0.11
s:expens 0:-0.1
s:expensive 1:0.12 2:-0.1 4:0.12 6:0.3
s:experienc 5:-0.12
s:experience 4:-0.13 5:-0.45 6:-0.27
s:expert 2:0.38 5:-0.15 9:-0.22
s:expertise 6:0.13
s:expir 5:-0.13
s:explain 1:0.36 3:0.29 4:-0.54 5:-0.12 6:1.46 9:0.13 12:0.28 13:0.35
s:explan 2:0.22 6:0.42
s:explanation 1:0.25 5:-0.14 6:0.24
s:express 0:0.57 2:-0.14 4:-0.13 5:-0.4 6:-0.14 7:-0.22
s:extend 0:0.12 3:-0.13 4:0.34 5:-0.15 6:-0.13
s:extender 5:-0.16
s:extension 0:-0.12 6:0.17
s:extortionate 0:0.13 5:-0.11
s:extra 0:0.27 1:0.3 2:-0.38 3:-0.16 4:0.15 5:0.5 6:0.14 7:-0.19
s:extreme 1:0.12 2:0.1
s:eye 0:-0.17 1:0.14 4:0.56 6:-0.15 9:-0.11 11:-0.19
s:eyes 0:-0.22 1:0.22 2:-0.12 5:-0.27 6:-0.15
s:fab 1:1.02 8:0.14
s:fabric 0:0.11 2:-0.11 5:0.2
s:face 1:-0.36 2:-0.23 5:0.41 8:0.16 12:0.12
s:facebook 0:0.14 6:-0.15
s:facial 5:0.29
s:facilitator 2:0.13
s:facilitie 0:-0.13
s:fact 5:0.17
s:factory 6:0.17
s:fade 1:-0.11 5:0.27 11:0.22 12:0.26
s:faded 5:0.16 6:-0.21
s:faff 5:-0.17
s:fags 5:-0.13
s:fail 0:0.18 5:-0.16 6:-0.11 7:0.15 13:0.19
s:faint 0:0.14 4:-0.12
s:fair 0:0.26 1:0.35 2:-0.17 3:0.11 4:0.53 5:0.7 6:0.11 11:0.64 12:0.11
s:fairness 5:0.35
s:faith 2:-0.13 8:0.12
s:faithful 0:-0.19 2:-0.16 5:0.23
s:fall 1:0.13 2:0.17 6:-0.38
s:fami 0:-0.26 1:-0.14 5:0.24 6:-0.14 12:0.18
s:familie 0:-0.17 1:-0.12 2:-0.11 5:0.13 10:0.16
s:famou 5:0.12
s:fantastic 1:0.13 2:-0.16 3:0.13 4:0.16 5:0.21 7:-0.22 11:-0.29 12:-0.12 13:-0.13
s:faq 2:-0.21 5:-0.12 6:0.33
s:far 4:-0.23 6:0.11 8:-0.17
s:fare 0:-0.18 2:0.27 4:-0.23 5:-0.35 6:-0.41
s:farm 1:0.16
s:faro 5:0.46
s:fast 0:0.7 4:-0.3 5:0.42 6:0.15 7:0.31 11:-0.13 13:-0.14
s:faster 0:-0.21 5:0.14
s:fat 10:-0.17
s:father 0:-0.25 1:0.15 2:-0.18 5:-0.18 6:-0.17
s:fault 0:0.14 2:0.22 3:0.19 4:-0.16 5:-0.18 6:-0.41 7:0.23 9:0.26 10:0.12
s:faultless 3:-0.16 5:0.44 6:0.31 12:-0.11
s:faulty 6:0.1 9:0.12
s:favourite 1:0.15 4:0.18 8:-0.23
s:feature 1:-0.19 5:-0.24 6:0.25
s:fed 2:-0.14 3:-0.2 6:-0.14 11:-0.2
s:fee 0:-0.29 2:0.26 3:-0.2 4:0.71 5:-0.54 6:0.36 11:-0.45 12:0.13 13:-0.12
s:feed 1:0.23 2:0.22 6:-0.24
s:feedback 0:-0.1 1:-0.24 2:0.34 5:-0.28 9:0.13 13:0.11
s:feel 0:-0.33 1:0.54 2:-0.26 4:0.16 5:-0.44 6:-0.28 7:-0.16 8:0.24 10:0.1 11:-0.2 13:0.2
s:feeling 5:0.11
s:fees 1:-0.25 2:-0.12 3:-0.22 4:0.85 5:-0.23 10:-0.17 11:-0.26
s:feet 3:0.31 8:0.12 9:0.1 10:-0.1
s:fell 0:-0.11 1:0.17 4:-0.38 5:0.37 12:-0.19
s:fella 1:-0.19 2:0.53 4:-0.14 5:0.25 9:0.18
s:felt 0:0.3 1:0.19 3:-0.19 4:0.4 5:0.16 8:-0.11 11:-0.12
s:fence 0:0.34 5:0.11
s:ferry 2:0.23 4:0.3
s:fetch 6:-0.11
s:few 1:0.12 4:-0.12 5:0.29 6:-0.23 7:0.12 11:-0.13
s:fewer 6:-0.14 7:0.17 12:0.1 13:0.1
s:fibre 0:-0.69 5:0.68 9:-0.16
s:field 0:0.11 1:-0.14 2:-0.16 5:-0.1 6:-0.14 7:0.12
s:fifteen 5:-0.12
s:fifty 0:0.11 2:-0.11
s:fight 0:0.2 2:0.14 5:0.35 6:-0.11 12:0.21
s:figure 1:-0.12 4:-0.17 6:0.13
s:file 3:-0.12 5:0.14
s:fill 0:-0.21 1:0.2 4:-0.37 5:-0.26 6:-0.21 8:0.11
s:filler 1:-0.11 2:0.18 4:-0.25 5:0.17 6:0.11
s:filling 0:-0.19 2:0.26 5:-0.13
s:film 3:0.36 5:0.42 6:-0.18 12:0.16
s:filter 3:0.13 5:-0.13
s:filthy 0:-0.35 1:-0.12 3:0.32 4:0.1 5:-0.51 6:-0.18 10:-0.3
s:final 0:0.23 2:-0.21 4:0.23 5:0.14 6:0.36 7:-0.12 9:0.31 10:0.36 12:0.29 13:-0.1
s:finance 2:-0.2 4:-0.3 5:-0.22
s:find 2:0.22 3:0.16 4:-0.17 5:-0.23 6:0.33 7:0.11 8:-0.17 9:0.11 11:-0.16 12:-0.13 13:-0.31
s:fine 0:-0.45 1:-0.72 2:0.51 3:-0.49 4:0.2 5:-0.58 6:-0.77 8:-0.17 9:-0.25 11:0.11 12:0.19
s:fined 4:-0.18 5:0.2
s:fingerprint 2:-0.11 5:-0.19
s:finish 3:0.24 6:-0.33 8:-0.21 11:0.19
s:fire 0:-0.21 1:-0.17 4:-0.19
s:firm 0:-0.12 2:-0.25 3:0.11 4:0.28
s:first 0:0.2 1:-0.25 2:0.73 3:-0.18 4:-0.13 6:-0.15 7:0.24 8:0.17 9:0.23 12:0.16 13:0.29
s:fish 2:0.21 3:-0.46 4:-0.15 5:0.12 6:-0.25
s:fit 1:-0.1 5:-0.16 6:0.25 7:-0.2
s:fits 5:0.28
s:fitt 0:0.52 1:0.17 2:-0.29 3:0.36 4:0.39 5:0.13 7:0.28 10:0.16 11:-0.12 12:0.23
s:fitter 0:0.26 2:0.11 5:0.18 11:0.1 12:-0.12
s:five 0:0.51 1:-0.29 2:-0.28 3:0.42 5:0.18 6:0.29 7:-0.29 12:0.26 13:-0.11
s:fiver 4:0.42 11:0.38 12:0.11
s:fix 0:0.39 1:-0.45 3:-0.21 5:0.33 6:-0.27
s:fixed 0:0.44 1:-0.15 2:0.13 4:0.53 6:-0.12 9:0.1 11:0.3 12:0.27
s:fixture 5:0.18 6:0.28
s:flagg 1:0.1 5:0.16 6:0.13
s:flapjack 5:0.11
s:flash 2:0.1 6:-0.13 9:0.12
s:flat 0:-0.44 2:0.32 4:-0.15 5:0.43 6:-0.16 7:0.25 9:0.13
s:flea 11:-0.14
s:fleek 5:0.5
s:flew 0:0.12 4:0.11 5:-0.26
s:flexible 1:0.2 11:-0.14
s:flicker 5:0.17 12:-0.1
s:flie 3:0.33 5:-0.18
s:flight 0:0.23 3:0.14 5:-0.18 6:0.13
s:flimsy 4:-0.22 5:0.18
s:float 5:0.57
s:flood 0:0.16 2:0.1 3:0.14 5:0.19
s:floor 1:0.1 3:0.78 4:-0.27 5:-0.62 10:-0.41 12:0.18
s:florist 5:0.47 6:0.32
s:floss 5:0.39 6:-0.14
s:flower 3:0.22 5:-0.49 6:-0.1
s:flown 1:0.1
s:flu 6:-0.1
s:flue 2:0.2 5:0.34 6:-0.17 12:-0.12
s:fly 0:0.27 1:-0.27 5:-0.12 11:-0.29
s:focu 0:-0.11 5:0.12
s:focus 0:-0.15
s:foil 0:0.17
s:follow 0:0.47 1:-0.11 5:-0.28 6:0.27 7:-0.25 13:-0.16
s:fone 0:0.1 1:0.45 5:-0.14
s:food 0:0.19 2:-0.22 3:0.14 5:0.74 6:-0.45 7:-0.11 8:-0.15 9:-0.11 10:-0.18 11:-0.22 12:0.12
s:foot 2:-0.23 5:0.16
s:football 0:0.1
s:footwell 3:0.11 5:-0.19
s:for 0:-0.26 1:-0.23 4:0.57 5:-0.21 6:-0.11 7:-0.6 8:0.16 10:-0.16 11:0.21 12:-0.25
s:forever 0:0.13 6:-0.11
s:forget 2:0.15 5:0.14
s:forgive 8:0.11
s:forgot 0:0.33 5:0.55 6:-0.2
s:forgotten 6:0.15
s:form 0:-0.32 1:0.3 2:0.48 3:-0.1 4:0.29 5:-0.61 6:0.23
s:formal 4:0.11
s:format 0:-0.11
s:fortnight 0:0.11 2:0.26 3:0.18 4:0.2 5:0.46 10:-0.1 12:-0.36
s:fortune 4:0.24
s:forty 0:0.25 1:-0.2 2:0.27 4:0.24 5:-0.15 7:-0.14 13:-0.11
s:forum 2:0.11
s:found 0:-0.26 1:0.22 2:0.58 3:0.39 4:0.26 5:-0.27 8:-0.28 9:0.27 12:0.11 13:-0.26
s:four 0:0.54 1:0.31 2:0.16 6:0.22 7:-0.51 8:-0.15 12:0.1 13:-0.15
s:fourteen 0:0.17 2:-0.11 6:0.27
s:fourth 6:0.19 9:-0.13
s:foyer 10:0.18
s:fr 5:0.14
s:fraction 5:0.11
s:frame 1:-0.28 3:-0.19 4:0.12 5:-0.27
s:fraud 0:0.59 1:0.37 3:-0.18 5:-0.17 7:0.11
s:free 0:0.39 3:-0.39 4:-0.59 5:-0.43 6:0.26 8:0.13 13:-0.1
s:freehold 2:0.11 6:-0.14
s:freez 3:0.15 5:0.35 12:-0.27
s:freeze 0:0.19
s:freezer 0:0.13 1:0.11 6:0.13
s:freind 1:0.18 5:-0.11
s:french 0:0.15 5:0.14
s:frend 1:0.26
s:fresh 0:-0.14 1:0.1 3:0.22 5:-0.32 6:-0.17 10:0.37
s:fresher 0:0.11 5:0.12
s:freundlich 0:0.24 1:0.11
s:friday 0:0.22 1:-0.25 2:-0.2 5:0.16
s:fridge 0:-0.26 3:0.16 5:-0.21 6:0.21 12:-0.14
s:friend 0:0.36 1:1.08 2:0.54 5:-0.37 6:-0.26 8:0.34
s:friendliest 0:0.15 1:0.34 5:0.11 8:-0.11 11:0.22 12:0.14
s:from 0:-0.27 2:0.27 5:-0.29 6:-0.12 7:0.24 12:0.1 13:-0.25
s:front 1:-0.35 3:0.4 4:0.13 5:0.3 10:-0.18 11:-0.1
s:frozen 5:0.21 12:-0.13
s:fruit 0:0.51 2:-0.12
s:frustrat 2:0.12 5:-0.16 6:0.16
s:frustration 0:0.25 1:0.17 4:0.2 5:-0.11
s:fuel 0:-0.11 5:0.22
s:full 0:-0.3 1:-0.17 2:-0.16 3:0.34 4:0.25 5:0.46 6:0.16 9:-0.17 11:0.21 12:0.18
s:fully 1:0.23 5:0.13
s:fume 3:0.5 5:-0.13
s:fuming 0:-0.11
s:fun 1:0.29
s:function 0:0.13 5:0.11 6:0.2
s:fund 0:-0.16 1:-0.13
s:funeral 0:-0.29 1:0.1 5:-0.24
s:fungal 1:-0.14 5:0.19
s:fur 3:0.14
s:furiou 0:0.22 5:-0.12 7:-0.15
s:furniture 0:0.15 4:0.15 5:0.11
s:further 0:-0.23
s:fuse 0:0.16 1:0.3 3:-0.11 5:0.23
s:fuss 0:0.12 1:-0.13 2:0.11 4:-0.14 5:-0.28 6:0.62 7:0.15 8:0.17 12:-0.4 13:0.26
s:fussy 3:0.29
s:g 1:0.24 2:0.22
s:gala 4:-0.12
s:gallery 1:0.36 4:0.18 6:-0.31
s:gallstone 2:0.13
s:gaps 0:0.12
s:garage 1:-0.18 2:0.65 5:-0.21 6:0.41 9:0.21
s:garden 1:-0.55 3:0.72 5:-0.29 6:-0.25
s:gardener 0:-0.23 1:-0.29 2:-0.11 3:0.22 4:0.25 5:0.57 12:0.3
s:gas 1:0.14 4:-0.15 5:0.24
s:gate 0:0.31 1:0.33 2:-0.14 5:-0.23 7:0.2 8:-0.11 11:0.11
s:gauge 3:0.33 5:0.15 6:-0.19
s:gave 0:-0.14 2:0.41 3:-0.17 4:-0.29 6:-0.17 9:-0.21 13:0.14
s:gcse 5:-0.12 6:-0.21
s:gear 0:0.24 4:0.11 5:0.3 12:0.19
s:gel 4:-0.1 12:0.24
s:gem 0:0.2 1:0.26 6:-0.12
s:general 1:-0.25 4:-0.22 5:-0.16
s:generic 5:0.41 6:-0.15
s:generou 0:0.17 5:0.11
s:geniu 2:-0.16
s:gent 5:-0.18 10:-0.15
s:gentil 1:0.37 4:0.37 5:-0.22 11:-0.1
s:gentle 1:0.13 2:-0.15 5:-0.2 6:0.18 13:0.11
s:gentleman 4:-0.11
s:genuine 0:0.12 1:-0.63 2:0.13 3:0.21 4:-0.15 5:0.82 6:-0.22 9:0.18 12:0.13
s:get 0:0.54 1:-0.4 2:0.2 3:-0.21 4:0.15 5:0.19 6:-0.3 7:-0.2 11:-0.13 12:-0.23
s:gets 2:-0.31 4:0.1 5:0.13 6:0.31 11:-0.15 12:-0.11
s:gett 0:0.59 1:-0.25 2:0.16 5:0.27 6:0.52 7:-0.15 13:-0.11
s:gift 5:0.28 6:0.15
s:girl 0:-0.11 1:0.32 5:-0.26 6:-0.15 8:0.17 12:-0.14
s:give 0:0.17 2:0.27 3:-0.26 4:-0.13 5:0.36 6:0.47
s:given 1:0.14 2:0.3 4:-0.17 5:0.23 11:0.19 12:0.11
s:giving 8:0.14
s:glad 1:-0.28 2:0.15 4:0.22 5:-0.13 12:0.1
s:glare 5:0.16
s:glass 0:0.18 1:0.15 2:-0.3 3:0.24 4:-0.12 5:-0.16 12:0.12 13:0.1
s:glaucoma 2:0.27
s:gleam 0:-0.11 3:-0.33 5:0.25 10:0.14
s:glitter 1:0.19
s:glove 5:0.26
s:glow 5:-0.24
s:glue 0:-0.19
s:glued 0:0.35 1:0.13
s:gluten 2:0.4 5:-0.23
s:go 2:0.21 5:0.23 9:0.12 12:-0.15
s:godsend 0:0.36 1:0.17 5:-0.12 7:0.1
s:goes 0:0.15 3:0.22 5:0.15 6:-0.14 7:-0.16
s:going 0:-0.22 1:-0.26 2:-0.19 3:0.38 4:-0.24 5:0.37 6:0.2 12:0.22
s:gone 0:0.49 2:0.21 5:0.25 6:-0.49 11:-0.11 12:0.18
s:gonna 5:0.2
s:good 0:-0.21 1:0.16 2:-0.22 5:0.36 6:0.16 8:0.11 9:0.22
s:goodbye 0:-0.12
s:goodwill 4:-0.11
s:googl 2:0.16 5:-0.12 9:-0.14
s:google 6:0.11
s:gorgeou 3:0.1 4:0.23 5:0.66 12:0.2
s:got 2:0.19 3:-0.25 4:-0.15 5:0.13 8:-0.13 9:0.13 10:0.15 12:-0.11
s:gp 0:0.45 1:-0.4 2:0.13 4:-0.12 5:-0.16 6:-0.14 7:-0.18 12:-0.12
s:gps 0:0.18 2:0.24 5:-0.12 6:-0.18
s:gr 1:0.23 4:0.26 5:0.37 12:0.16
s:grabb 0:-0.26 5:0.24
s:gracia 1:-0.11 4:-0.13
s:grade 1:0.27 2:0.11 5:0.26 6:-0.3
s:grand 5:0.1
s:grandad 1:-0.32
s:grandmother 0:-0.18 5:0.21 6:0.19
s:grass 0:-0.13 3:0.15
s:grate 5:0.2 12:0.19
s:grateful 0:-0.24 5:0.2
s:gravy 4:0.1
s:grazie 4:0.1
s:greasy 3:0.27 5:-0.33
s:great 0:0.14 1:0.12 2:-0.24 3:-0.15 4:-0.22 7:-0.3 9:-0.14 10:-0.13 12:-0.23 13:-0.26
s:green 3:-0.38
s:greengrocer 2:0.15 5:-0.14 6:-0.3
s:greet 1:-0.12 3:0.33 5:-0.13 8:-0.14
s:grey 0:-0.12 4:0.11 5:0.54
s:grim 0:-0.11 1:0.15 3:0.72 5:-0.47 10:-0.19
s:gripe 0:0.14 1:0.19 3:0.26 4:0.2 5:0.24 7:0.1
s:grist 5:0.2
s:gritt 5:0.28
s:groom 5:0.27 11:0.15
s:groomer 1:0.19 5:0.16 6:0.31 12:-0.13
s:gross 3:0.19 5:-0.16
s:grotto 1:-0.26
s:grotty 2:0.22 5:-0.37
s:ground 0:0.18 1:0.26 5:-0.13 6:-0.15
s:group 0:0.12 1:0.16 2:-0.14 3:-0.16 5:-0.17 6:-0.26 7:0.16 10:0.14
s:grout 3:-0.23 5:0.41
s:grow 1:0.18 5:0.13
s:grown 2:0.17 5:0.16
s:grubby 0:-0.14 3:0.15 4:-0.11 5:-0.14
s:grumbl 0:0.11
s:grumble 0:-0.22
s:grumpy 0:-0.14 1:0.31 5:0.41
s:grunt 5:-0.15 8:-0.3
s:guarante 0:0.17
s:guard 2:0.11 5:-0.35 6:0.38 9:0.1
s:guess 1:-0.27 5:-0.37 6:-0.18
s:guest 1:-0.27 3:0.49 4:0.1 10:-0.18 13:-0.12
s:guide 2:-0.14 5:0.92 12:0.11
s:guitar 0:-0.18 1:0.15
s:gum 1:-0.52 5:-0.12 6:-0.16
s:gums 0:-0.25 1:-0.13 5:0.45
s:gut 0:0.35
s:gutt 2:0.15 4:-0.11 5:0.15
s:gutter 1:0.19 3:-0.27
s:guy 0:-0.35 2:0.44 3:-0.17 4:-0.34 6:-0.45
s:guys 1:-0.47 5:0.13
s:gym 0:0.32 1:-0.12 2:0.21 3:0.22 4:-0.24 6:-0.26
s:gyms 2:0.12 3:0.14 4:-0.12 5:-0.22
s:h 0:0.15 2:0.2
s:ha 0:0.62 7:-0.11
s:had 0:0.11 1:-0.19 2:0.11 3:0.32 5:0.22 7:0.2 9:-0.1 10:0.17 11:-0.25
s:hadnt 0:-0.15 1:0.27 2:0.22 3:0.11 5:-0.22 6:0.22 9:-0.13 13:-0.18
s:hail 4:0.12
s:hair 0:-0.11 3:0.49 4:-0.21 8:-0.12 12:0.13
s:haircut 1:0.27 5:0.31
s:hairdresser 1:0.19
s:half 2:0.11 3:-0.14 4:0.26 5:0.21 6:0.29 7:0.22 9:-0.15 12:-0.32 13:-0.14
s:halfway 0:0.3
s:hall 0:0.12 2:-0.15 3:0.89 5:-0.3 7:-0.1 10:-0.11
s:hallway 0:0.12 3:0.12
s:halv 4:-0.16 5:0.1 6:-0.1 12:0.17
s:ham 1:0.1
s:hamper 1:-0.16
s:hamstr 5:0.16
s:hand 0:0.14 1:-0.17 2:0.23 3:0.19 4:-0.21 5:0.71 6:-0.16 9:0.18 10:0.1
s:handheld 0:-0.11 5:-0.1 6:0.19 13:0.12
s:handl 0:0.11 1:-0.12 5:0.31 6:0.57
s:handle 1:-0.31 2:0.27 3:0.43
s:handler 0:0.12 6:0.16
s:handover 1:-0.18 4:-0.11
s:handprint 3:0.28 5:-0.46
s:handset 0:0.28 2:0.41 5:-0.17 9:0.11
s:handwritten 1:0.42 2:-0.27 6:0.29
s:handy 0:-0.19 1:0.22 2:-0.16 3:-0.45 5:0.18 8:-0.11 12:0.12
s:hang 0:0.11 5:0.14 12:0.16
s:hanger 4:-0.3
s:happen 0:0.45 1:0.22 2:-0.55 4:-0.18 5:0.28 6:0.69 13:0.3
s:happi 5:0.13 11:0.12 12:0.1
s:happy 0:0.11 4:0.46 5:-0.13 7:-0.18 11:0.29
s:hard 0:-0.13 1:0.49 2:-0.2 3:-0.17 5:0.22 6:-0.23 12:0.17 13:-0.13
s:harder 0:0.12
s:hardware 4:0.13
s:hardy 5:0.49
s:harsh 4:0.13
s:has 0:-0.12 2:-0.28 3:-0.11 5:0.52 7:0.35 8:0.15 9:0.12 10:0.13 12:0.32 13:-0.12
s:hasnt 0:0.12 2:0.19 5:0.21 6:-0.4 12:0.13
s:hatch 5:-0.19 6:-0.21
s:hate 0:-0.15 1:0.42 6:0.11
s:hated 1:0.29
s:have 2:-0.12 3:0.21 5:0.22 6:0.22 7:0.2 11:-0.27 13:0.21
s:havent 0:-0.15 3:-0.13 5:0.11 6:-0.11
s:having 4:0.21 6:0.33 8:-0.11
s:he 1:0.34 2:0.44 4:0.19 5:0.25 8:0.19 9:0.16 10:0.3
s:head 0:-0.24 1:-0.22 3:-0.14 5:-0.11 6:-0.17 7:-0.1 12:-0.19
s:headach 2:0.16 6:-0.21 9:-0.12
s:headache 5:0.3
s:headphone 0:-0.11 1:-0.17 12:0.1
s:headset 2:-0.32 5:-0.14 6:0.81 13:0.31
s:health 0:-0.17 1:-0.13 3:-0.28 6:0.14 8:0.16
s:healthcare 0:0.25 6:-0.15
s:healthier 5:0.29
s:healthy 5:0.41
s:hear 0:-0.21 1:0.13 4:-0.22 5:0.11 6:0.54 7:-0.11 13:0.16
s:heard 0:-0.19 1:0.12 2:0.22 4:-0.15 5:-0.23 6:0.68 13:-0.13
s:heart 1:-0.12 5:0.21
s:heat 0:-0.11 1:-0.2 5:0.18 12:-0.11
s:heater 5:0.26
s:heathrow 5:-0.1
s:heav 0:0.12 4:-0.16
s:heaven 5:-0.34 10:0.1
s:heavy 1:0.19 4:-0.21 5:0.25
s:hed 0:0.21 1:0.42 2:-0.41 5:0.59 6:0.15 7:0.1 10:-0.15
s:hedge 0:-0.27 3:0.21 5:0.53 12:0.25
s:hedgehog 2:0.14
s:held 1:0.47 2:-0.12 5:0.21 6:0.4 8:0.12
s:hello 0:-0.17 1:0.38 2:-0.11 5:0.16 6:-0.26 8:-0.23 12:0.17
s:help 0:-0.38 1:0.24 2:0.19 3:-0.13 5:-0.75 6:-0.18
s:helpdesk 0:0.22 1:0.16 2:0.43 5:-0.2 6:-0.25
s:helpful 0:-0.3 1:0.28 4:0.14 5:-0.23 6:-0.16 13:-0.27
s:helpfull 1:0.23
s:helpline 0:0.2 1:0.1 2:0.31 4:-0.24 5:0.43 6:0.29 7:-0.2 12:-0.3 13:-0.11
s:hem 5:0.13 11:0.19
s:her 0:-0.13 1:0.34 2:0.34 3:-0.16 5:-0.21 6:-0.45 7:-0.2 8:-0.11 9:0.21 10:-0.13 12:-0.12
s:here 0:-0.19 1:-0.15 2:-0.46 3:0.13 5:-0.2 7:0.19 11:0.21 12:-0.19
s:herself 1:0.28 2:0.13 5:0.22 6:-0.15 9:-0.15
s:hes 0:-0.5 2:0.15 5:0.42 9:0.12 11:0.12
s:high 2:0.11 3:0.19 4:0.57 5:0.28 6:-0.16 11:-0.18 12:0.13
s:higher 4:-0.28 10:-0.17 11:-0.1
s:highlight 0:0.15 1:-0.12 5:0.2
s:hijo 1:0.26 5:-0.18
s:him 0:-0.27 1:0.23 2:-0.29 5:-0.2
s:himself 0:0.1 2:0.28 3:0.23 5:0.28 12:0.22
s:hinge 0:-0.15 1:-0.12 5:0.23
s:hip 1:-0.18 4:0.11 11:-0.11
s:hire 0:-0.41 1:-0.12 2:0.11 5:0.17 9:0.1 12:-0.22
s:hired 1:0.13 4:0.11 5:0.2 6:-0.14 11:0.19
s:hirer 0:0.12
s:his 0:-0.55 1:0.88 2:0.24 3:-0.29 4:-0.11 6:-0.21 8:-0.37 9:0.25 11:-0.17 13:-0.1
s:history 1:-0.11 5:-0.11 6:0.15
s:hit 2:-0.1 8:-0.11
s:hitch 5:-0.12
s:hmrc 0:0.2 4:-0.14 5:0.19 6:-0.23
s:hob 1:-0.1
s:hoist 0:0.27
s:hold 0:1.23 1:-0.22 3:-0.17 4:-0.34 5:-0.16 6:-0.71 7:-0.22 9:0.11
s:holder 3:0.13
s:hole 0:0.32 1:0.35 5:-0.22
s:holiday 0:0.25 2:-0.18 3:-0.67 5:-0.21 7:-0.1
s:home 0:-0.29 1:-0.91 3:-0.4 4:-0.36 5:0.21 6:0.37 9:-0.2
s:homework 12:-0.1
s:honest 0:-0.51 1:0.24 2:0.2 3:-0.34 5:0.22 6:-0.12 8:0.18 9:0.45 11:0.18 12:0.24 13:0.35
s:honk 3:0.43 10:-0.11
s:honour 0:0.14
s:hook 5:0.2
s:hoover 0:0.15 2:-0.12 3:0.68 4:-0.15 5:-0.23 10:0.35
s:hope 0:-0.2 5:-0.19
s:hoped 5:0.24
s:hora 0:0.27 5:0.24
s:horror 3:0.11 4:0.11
s:hosepipe 6:0.14
s:hospital 0:-0.41 1:-0.41 2:-0.11 3:-0.14 4:0.15 5:0.26 6:0.21 11:-0.25
s:host 2:-0.22 5:0.16 6:0.18
s:hot 0:0.26 1:-0.18 6:-0.24 7:0.12 12:0.11
s:hotel 0:-0.31 1:-0.27 3:0.29 5:-0.29 7:0.1
s:hour 0:0.75 1:-0.13 2:-0.26 3:-0.15 5:-0.65 6:0.18 7:-0.56 10:0.15 11:-0.13 12:0.17 13:0.15
s:hous 0:0.16 1:-0.18 5:-0.27 6:0.15
s:house 0:0.13 1:-0.19 2:-0.35 6:-0.24 7:0.11 10:0.12 11:-0.11
s:housekeep 3:0.49
s:how 0:-0.4 2:0.29 3:0.19 4:-0.52 5:0.25 8:0.11 9:-0.19 11:0.19 12:-0.15
s:however 0:0.3 2:0.31 3:0.26 4:0.24 5:0.29 6:0.2 7:0.1 12:0.12
s:hr 5:-0.11
s:hrs 0:1.04 1:0.19 4:0.12 5:-0.4 7:-0.23 8:0.11
s:hub 0:-0.13 1:0.19 4:-0.23 5:-0.17
s:huge 6:0.12
s:human 0:0.25 2:-0.23 5:-0.14 6:0.25 13:-0.12
s:humanity 2:-0.12 8:0.12
s:hundr 1:-0.13 4:-0.12
s:hung 1:0.2 6:-0.13
s:hunt 2:0.19 5:0.19
s:hurri 0:-0.15
s:hurry 0:-0.13 1:0.4 8:-0.11
s:hurt 5:0.74 12:0.15
s:husband 0:-0.33 1:0.24 2:-0.2 8:-0.16 13:0.1
s:hut 1:0.1
s:hygiene 1:-0.22 2:-0.1 3:0.33 5:-0.16 10:-0.19
s:hygienist 1:0.32 2:-0.27 3:-0.26 4:0.11 5:0.35 6:-0.24 12:0.11
s:i 1:-0.26 5:-0.39 6:0.1 8:-0.17 9:-0.17 13:-0.11
s:ice 0:-0.14 1:0.14 5:0.11 8:-0.13
s:id 0:0.26 1:0.18 3:-0.19 5:0.16 6:0.22 7:0.29 9:0.23 10:-0.23 11:0.25 13:0.11
s:idea 0:0.24 2:-0.51 6:0.44 9:-0.12 13:-0.2
s:ideal 5:-0.13
s:identical 2:0.13
s:idiot 1:0.23 8:-0.11
s:if 0:-0.79 1:0.14 2:0.21 3:-0.2 4:-0.17 5:-0.18 6:-0.49 8:-0.24 10:-0.33 11:-0.25 12:0.18
s:ignor 0:0.38 1:-0.36 6:0.15
s:ignorant 0:-0.19 1:0.17 2:-0.12 5:-0.26 8:-0.12
s:ignore 6:0.15
s:ill 0:0.24 3:0.12 4:0.16 5:-0.31 6:-0.13
s:illegal 1:-0.12
s:im 0:-0.18 1:-0.42 2:0.1 3:0.12 5:-0.14 7:-0.12 10:-0.18 12:-0.29 13:-0.13
s:imagine 5:-0.21
s:immaculate 1:0.2 3:0.75 4:0.33 5:-0.1 6:0.14 10:0.5 11:0.13 12:0.14
s:immediate 1:-0.19 2:0.2 5:-0.17 11:-0.1
s:impatient 1:0.13
s:important 0:0.44 6:-0.17
s:impossible 0:-0.15 3:0.21 6:0.37 10:0.1
s:impress 0:0.54 1:-0.25 5:-0.4 6:0.19 7:0.16 12:-0.14
s:impressive 0:0.12 3:0.14 5:-0.22
s:improv 4:0.19 6:-0.16 7:0.13
s:improvement 0:-0.27 5:0.22
s:in 0:0.46 1:-0.37 2:-0.22 3:0.28 5:0.44 6:-0.19 7:0.56 8:-0.26 9:0.13 12:0.14
s:includ 0:0.12 1:0.3 5:0.32 6:0.3 11:0.23
s:include 2:-0.14 4:0.16 5:-0.12 6:0.11
s:inclusive 2:0.11
s:incredib 1:0.18 5:0.15
s:incredible 1:0.11
s:independent 2:0.12 9:0.12
s:individual 4:-0.11
s:inedible 1:0.11
s:infection 1:-0.16 2:0.3
s:info 0:-0.18 1:0.22 2:0.21 6:-0.36
s:inform 0:-0.2 4:0.25 5:-0.23 6:0.34
s:information 2:0.5 6:-0.32
s:ingredient 0:0.11
s:inhaler 1:-0.17 5:-0.2 6:0.12
s:injury 2:0.15 5:-0.13
s:ink 0:0.19 4:0.16
s:innit 4:-0.23
s:ins 0:-0.14
s:inside 0:-0.1 2:0.33 3:0.13 4:0.14 6:-0.29 7:0.17 8:-0.11 11:0.14
s:insist 0:-0.18 2:0.32 5:0.16
s:inspection 0:-0.38 1:-0.13 2:-0.12 4:-0.13 5:0.16 6:0.15 12:0.15
s:install 0:0.26 1:-0.19 2:-0.22 3:-0.24 5:0.49
s:installation 0:0.28 6:0.39
s:installer 0:0.37 2:0.22 3:0.12 4:-0.3 5:0.46 6:0.24 9:-0.13 10:0.16 12:-0.22
s:instead 0:0.17 2:-0.13 3:-0.16 6:-0.37 7:0.31 13:0.12
s:instruct 2:0.18
s:instruction 2:-0.1 5:0.18 6:0.3
s:instructor 0:-0.33 1:0.64 4:0.14 6:-0.51 12:0.15
s:insurance 0:0.15 2:0.34 4:0.18 6:-0.16 8:-0.1 9:-0.15
s:insurer 0:-0.23 2:0.17 6:-0.27 12:0.14
s:integration 2:0.23
s:intend 2:-0.13 5:0.13
s:interest 4:0.18 5:-0.16
s:interior 0:0.24 2:0.23 3:0.3 5:0.18 11:0.11
s:internal 6:-0.18
s:international 0:0.11 2:0.15 6:0.31
s:internet 0:-0.22 1:0.15 2:0.25 5:0.34
s:interrupt 1:0.14 8:-0.15
s:into 1:0.29 3:-0.1 13:-0.21
s:invite 5:0.12 6:0.32 13:0.1
s:invoice 0:-0.21 4:0.31 5:-0.24 6:0.58 13:-0.16
s:iron 12:-0.14
s:is 0:-0.38 1:0.16 2:-0.31 4:0.31 5:0.34 6:-0.16 12:0.17 13:-0.25
s:isa 2:0.32 6:-0.28 9:-0.18
s:isas 1:-0.25 2:0.31 5:-0.1
s:isnt 0:0.19 1:0.17 3:-0.18 4:0.13 5:0.32 7:-0.17 11:-0.2
s:issue 1:-0.14 4:-0.12 5:0.51
s:it 1:-0.19 2:0.13 3:0.12 4:-0.45 5:-0.26 6:-0.35 8:0.32 10:-0.19 11:0.12
s:itd 0:0.31 1:0.18 2:-0.19 5:0.13 7:0.11
s:item 2:-0.24 6:0.14
s:itemis 4:-0.21 6:0.18 13:0.11
s:its 0:0.28 2:-0.18 3:-0.41 6:0.24 7:-0.4 8:-0.19 9:-0.18 11:0.22 13:-0.14
s:itself 0:0.34 1:0.14 2:-0.26 3:0.23 5:0.51 6:-0.17 10:0.13 12:0.43 13:0.13
s:ive 3:0.35 4:0.38 5:-0.4 10:-0.2
s:jab 1:-0.16
s:jacket 1:0.19 3:-0.18 5:0.35
s:jacuzzi 3:0.45 5:0.13 12:-0.12
s:jam 0:0.13 5:0.51
s:jams 2:0.18
s:january 0:0.66 1:0.12 4:0.15 7:-0.19
s:jargon 1:-0.12 2:-0.22 5:-0.32 6:0.26
s:jaw 0:-0.13 5:0.29
s:jean 5:0.23
s:jeweller 1:-0.14 2:0.31 4:-0.1
s:jewellery 2:-0.15
s:job 1:-0.65 2:-0.32 3:-0.18 4:0.12 6:0.32 7:0.1
s:jobcentre 0:0.24 5:-0.15
s:jobs 2:0.11 6:-0.18
s:join 2:0.1 4:0.22 5:0.12 6:0.15
s:joint 5:0.23
s:joke 0:-0.21 4:0.18 5:-0.17 6:-0.26 11:-0.16
s:journey 2:0.15 4:-0.34 5:0.25
s:judg 2:0.15 6:0.13
s:judge 0:-0.13 3:-0.13 5:-0.13
s:july 0:0.46 5:0.13 6:0.12 12:-0.12
s:jump 3:0.1 6:0.18
s:jumper 1:-0.77 5:0.16 11:0.11
s:junction 5:0.29
s:june 0:0.13 6:0.32 7:-0.12 13:-0.22
s:junior 1:0.16 8:-0.18
s:just 0:-0.47 1:-0.3 3:-0.28 4:-0.38 8:-0.18 9:-0.23 12:-0.2
s:justify 0:-0.13 11:-0.12
s:kam 0:0.64
s:kebab 5:0.23
s:keen 5:0.14
s:keep 2:-0.17 5:0.21 6:0.12 7:-0.12 12:-0.18 13:-0.17
s:kennel 1:0.17 8:-0.12
s:kept 0:0.81 1:0.48 6:0.72 9:-0.3 13:-0.19
s:ketchup 1:0.2
s:kettle 2:-0.14 4:-0.11 6:0.55 12:-0.16 13:0.22
s:key 4:0.24 5:-0.25
s:keyboard 6:-0.16
s:keys 0:0.55 1:-0.14 5:-0.24 6:-0.1
s:kick 6:-0.14
s:kid 1:0.22 5:-0.11 6:0.14
s:kidney 5:-0.2 8:0.16
s:kids 0:-0.37 1:0.6 2:-0.14 3:-0.32 4:0.48 6:-0.19 8:-0.18 11:0.17 12:0.21
s:kind 1:0.78 2:-0.14 3:0.36 5:-0.31 6:-0.29 7:0.11 8:0.33
s:kindest 5:0.15 8:0.14
s:king 1:-0.24 3:-0.11 6:0.15
s:kiosk 0:0.14 5:-0.21 6:-0.26 11:0.15
s:kit 0:0.21 2:0.17 3:-0.17 5:0.1 6:-0.13 7:0.17
s:kitchen 2:-0.19 3:0.19 4:-0.13 6:0.15 7:-0.13 11:0.12
s:knee 1:-0.2 2:0.19 5:0.37 6:0.18
s:knew 0:0.11 1:-0.29 2:1.22 3:-0.23 4:-0.13 6:-0.6 8:0.13 9:0.45 12:0.17 13:-0.14
s:knock 0:0.15 1:-0.11 2:0.5 4:0.29 6:-0.11 9:0.12 11:0.22
s:know 0:-0.49 1:-0.21 2:0.53 3:-0.16 4:0.27 5:-0.2 6:0.47 13:0.19
s:knowledgable 0:0.2 1:-0.28 2:0.28 5:0.33 6:0.2
s:knowledge 1:0.14 2:0.21 4:-0.11 5:-0.33
s:knowledgeable 0:-0.15 1:-0.22 2:0.89 3:0.12 4:-0.11 5:0.14 6:0.23 9:0.15 13:-0.13
s:known 6:0.12
s:la 0:0.19 1:0.35 5:0.32 12:0.15
s:lab 5:0.3 6:0.3
s:label 0:-0.14 2:0.21 4:-0.11 5:-0.16 8:0.13 9:-0.15 11:-0.11
s:labell 5:-0.16
s:labour 2:0.17 4:0.1 6:-0.13
s:lad 0:-0.21 1:0.49 2:0.6 3:-0.82 5:0.46 6:-0.31 9:-0.16
s:ladie 3:0.23 5:-0.14
s:lads 0:0.21 2:-0.18 8:0.17
s:lady 1:0.38 3:-0.12 5:-0.39 6:-0.11 8:0.18 13:0.14
s:lager 5:-0.15
s:laid 5:-0.16
s:lake 2:-0.1
s:lamb 2:0.4 4:0.15 5:0.11 9:0.15 11:-0.13 12:0.26
s:lamp 1:-0.12 6:0.2
s:landlord 0:0.27 1:0.29
s:landscap 3:0.12 4:0.11
s:landscaper 0:0.11 4:0.28
s:lane 0:0.13 5:0.3
s:laps 5:0.23
s:laptop 1:-0.19 2:0.27 6:0.12 7:0.14 9:-0.17
s:large 0:0.19 5:0.16 6:0.15 8:0.11
s:lasagne 5:0.14
s:lash 0:0.14 4:0.11 5:0.47
s:last 0:-0.45 1:-0.19 2:0.22 3:0.35 4:-0.15 5:-0.24 6:-0.31 7:0.15 8:0.31 12:-0.22 13:-0.17
s:late 0:0.37 1:-0.48 2:-0.41 3:-0.11 4:0.26 5:-0.29 6:0.63 7:-0.19 11:0.13 12:-0.13 13:-0.12
s:later 0:-0.3 1:-0.15 2:0.52 3:-0.13 4:-0.29 7:-0.21 9:-0.29
s:latte 3:0.12 5:0.24
s:laugh 0:-0.16 1:0.22 3:-0.16 4:0.26 5:-0.21 6:-0.27
s:launderette 5:0.15 8:0.13
s:laundrette 0:0.2 2:0.17 5:-0.23 6:-0.17 10:0.16
s:laundry 3:0.13 5:-0.13
s:law 1:-0.19 4:-0.28 13:-0.11
s:lawyer 6:0.23
s:layer 3:-0.34 5:0.44 12:-0.14
s:layout 0:-0.36 5:-0.18 6:-0.16
s:le 1:0.52 4:0.19 11:0.25
s:lead 1:-0.13
s:leaf 2:0.24
s:leaflet 1:-0.19 2:-0.12 5:0.13 6:-0.32
s:leak 0:0.41 1:-0.14 3:0.29 4:-0.15 6:0.15 12:0.26
s:lean 8:-0.13
s:lease 6:-0.1
s:least 5:0.13 6:0.19
s:leather 1:-0.4 3:-0.12 5:0.59
s:leav 1:-0.46 2:-0.17 3:0.36 5:0.15 6:-0.15 8:-0.12
s:leave 1:-0.37 2:-0.22 3:0.69 5:0.24 10:-0.13 11:-0.17 12:-0.1
s:lectur 1:0.17 5:0.37 6:-0.23 8:-0.15
s:lecture 1:0.28 5:0.15
s:lecturer 0:-0.1 1:0.26 5:0.27
s:led 0:0.27 6:0.17
s:leed 1:-0.16 5:-0.26
s:left 1:-0.41 2:-0.48 3:0.81 5:0.4 9:0.15 10:-0.16 12:0.16
s:leg 5:0.15 12:-0.16
s:legal 6:0.12
s:legend 0:-0.35 1:0.78 2:0.21 5:-0.14 7:0.11 8:0.35
s:legroom 5:0.3
s:leisure 1:-0.12 2:-0.2 3:0.11
s:lender 4:0.14
s:length 0:0.32 1:0.12 2:-0.12 5:-0.22
s:lens 1:0.14 4:0.13 5:-0.38 6:0.22
s:lentil 5:0.2 12:0.1
s:les 0:-0.13 1:0.1
s:less 0:0.36 1:0.25 2:-0.26 5:-0.13 6:0.14 8:-0.23 12:-0.1
s:lesson 0:0.18 1:0.22 2:-0.1 3:-0.1 4:0.24 5:-0.5 6:0.61
s:let 1:0.43 2:-0.21 3:-0.26 4:0.12 6:0.1 8:0.18 12:0.16
s:lets 0:0.12 5:-0.14
s:lett 2:-0.22 6:0.28 12:0.13 13:-0.12
s:letter 1:-0.16 2:-0.68 3:-0.16 4:-0.3 5:-0.76 6:1.29 8:0.1 13:-0.64
s:level 4:0.11 9:-0.11
s:libary 5:-0.18
s:librarian 2:0.26 5:-0.12 6:-0.18 9:0.16
s:library 0:-0.11 1:0.34 2:-0.24 3:0.21 4:-0.15 5:-0.19 6:-0.1 12:-0.23
s:licence 0:-0.16 1:0.21 4:-0.11 8:-0.1
s:lid 4:-0.23
s:lids 5:0.11
s:lie 5:0.12 6:-0.13
s:life 1:-0.21 2:-0.12 5:0.16 6:-0.16 12:0.28
s:lifeguard 1:1.14 8:-0.28
s:lifeline 0:0.11 5:-0.13
s:lifesaver 0:0.29
s:lift 1:0.11 2:-0.17 4:0.14 5:0.52
s:light 0:-0.2 2:-0.16 6:0.23 12:-0.13
s:like 0:-0.25 1:0.52 2:-0.53 4:0.21 5:0.64 6:-0.23 7:0.46 8:-0.4 10:-0.11
s:liked 1:-0.11 5:-0.33 6:0.2
s:lime 5:0.13
s:limit 2:0.13 6:-0.11
s:limp 0:-0.17
s:limpio 5:-0.13
s:line 0:-0.58 1:0.11 2:0.27 3:-0.23 4:-0.3 5:0.64 6:-0.14 7:-0.18 8:0.11 12:0.25
s:linen 1:-0.16
s:link 0:-0.38 6:0.67 13:-0.15
s:lip 5:0.1 6:0.12
s:list 0:0.15 1:-0.1 2:0.12 4:-0.36 5:-0.19 6:0.44
s:listen 0:0.3 1:-0.49 2:-0.42 5:0.19 6:1.07 9:0.15 13:0.14
s:lit 3:0.11 5:-0.27
s:literal 0:0.11 6:0.14
s:little 2:0.21 4:0.36 5:0.22 6:0.12 8:0.14 9:0.17 12:-0.15 13:0.13
s:live 0:0.36 5:-0.39
s:lived 4:0.3
s:livid 4:-0.11 6:-0.15
s:living 4:-0.3 5:-0.1
s:load 0:-0.21 1:-0.21 2:-0.24 5:0.55 6:0.13 12:-0.27 13:0.1
s:loaf 5:0.17
s:loan 0:0.12 4:0.15 7:-0.13
s:local 0:0.28 2:0.16 4:0.31 7:0.12 12:0.2
s:location 0:-0.1
s:lock 0:-0.2 1:0.15 2:0.21 6:0.28
s:locker 0:0.22 2:-0.14 3:-0.38 5:0.12 6:0.24 12:-0.2
s:locksmith 0:0.16 1:0.11 4:0.34 5:-0.28 6:0.35 7:0.13
s:locum 1:0.16 2:0.58 6:-0.15 9:-0.15
s:lodge 4:0.14
s:loft 1:-0.15 5:-0.35 6:-0.2
s:log 5:0.15 12:-0.1
s:logg 0:0.41 5:0.25 6:0.11
s:logo 2:-0.11 5:-0.27 11:-0.12
s:logs 3:-0.15 5:0.12
s:lol 1:0.12 3:0.14 4:0.16 5:0.11 6:0.18 7:-0.14
s:lola 6:0.47
s:london 0:-0.24 1:-0.2 4:0.58 5:0.11 11:-0.12
s:long 0:0.56 2:-0.17 4:0.25 7:-0.11 8:0.13 9:0.21 12:0.2
s:longer 0:0.16 2:-0.19 5:0.1 6:-0.24 13:0.13
s:loo 3:0.27
s:look 0:-0.48 1:-0.15 2:-0.41 3:0.63 5:0.84 6:-0.28 8:-0.46 9:0.14 10:-0.11 11:0.14 12:0.56
s:loop 0:0.18 2:-0.16 4:-0.11 6:0.39 13:0.1
s:loos 3:0.41 4:-0.16 5:-0.33
s:loose 1:0.23 2:-0.11 5:-0.14
s:losing 2:0.11 5:0.48 6:-0.14
s:loss 0:-0.13 6:0.14
s:lost 1:-0.12 2:0.25 3:-0.17 5:0.2 9:-0.11 11:0.1 12:-0.21
s:lot 1:0.19 3:-0.21 4:0.16 5:-0.22 6:0.25 8:0.12 9:0.28 11:-0.12 12:0.17
s:lots 11:0.11
s:loud 3:-0.19 5:0.27
s:lounge 1:-0.12 3:0.16 5:-0.23
s:love 0:0.28 1:0.88 4:0.21 7:-0.21 8:0.55 9:0.1 11:-0.16 12:-0.19
s:loved 0:0.21 1:-0.34 2:0.41 3:-0.55 4:-0.13 5:-0.3 6:-0.2 7:-0.21 9:0.16 12:-0.11
s:loving 9:-0.16 11:-0.24
s:lovly 5:0.15
s:low 2:-0.16 4:0.11 5:0.12 6:-0.13 12:-0.12
s:lower 4:0.13 5:-0.22
s:lowest 0:0.21 1:-0.14
s:loyal 5:0.12
s:loyalty 2:0.12 4:0.26 5:-0.11 6:-0.14
s:lucki 2:0.35
s:luggage 2:-0.15 5:-0.21 13:0.11
s:luke 0:0.17
s:lukewarm 1:-0.11 2:0.1 3:0.43 5:0.33 6:-0.15 12:-0.2
s:lump 0:0.28 5:-0.12
s:lunch 0:0.84 5:-0.1 6:-0.3 7:-0.15 11:0.16
s:lunchtime 1:-0.19 2:0.26 4:-0.11 5:0.18
s:lush 1:0.3
s:m 1:0.46
s:machine 0:0.33 5:-0.2 6:-0.36 7:-0.19 8:0.1 12:-0.29
s:mad 0:-0.37 2:-0.1 4:0.15
s:madam 0:-0.21 1:0.1
s:made 0:-0.42 1:0.12 2:-0.26 3:-0.32 4:0.16 5:0.2 6:-0.15 8:0.19 9:0.1 12:0.38 13:0.18
s:magazine 1:-0.21 3:-0.12 5:-0.19
s:magic 2:0.17 5:0.51 12:0.11
s:magnifique 4:0.16 5:0.43 12:0.13
s:mail 0:0.36
s:main 0:0.11 4:0.11 5:-0.11 11:0.15 12:0.19
s:maintenance 2:-0.11 4:0.12
s:mais 0:0.32 1:0.14 4:0.18 11:-0.14
s:make 0:-0.38 1:0.28 2:-0.31 3:0.1 4:0.31 5:-0.45 6:0.22 8:0.14 10:0.12 13:0.21
s:making 0:-0.2 1:0.19 2:0.13 5:-0.23
s:malaga 5:0.32
s:man 0:-0.11 1:0.44 2:0.16 4:0.15 5:0.2 6:-0.21 8:0.13 9:0.1 12:-0.11
s:manag 0:0.17 5:0.23 11:0.1 12:-0.16
s:manage 0:0.11 5:0.16
s:management 0:0.18 1:-0.19 2:-0.22 3:-0.12 6:-0.34
s:manager 0:-0.86 1:0.35 2:-0.38 5:-0.36 6:0.65 12:-0.15 13:0.3
s:manchester 2:0.12 4:0.15 11:-0.24
s:mandatory 5:0.14 6:0.16
s:manner 1:0.56 5:-0.16
s:manual 2:0.21 5:-0.13 6:-0.26
s:manufacturer 1:0.19 2:0.14 6:-0.25
s:many 0:-0.16 1:-0.31 2:-0.14 4:0.12 5:0.14 6:0.26 13:-0.11
s:map 2:-0.14 5:-0.17 6:0.35 13:0.12
s:march 5:-0.2 6:0.38 7:-0.28 13:-0.2
s:marcu 2:0.15
s:mark 2:0.51 4:-0.29 5:0.21 6:-0.12 8:-0.24 9:-0.12 11:0.16 12:-0.26
s:market 4:-0.1
s:marvellou 1:-0.12
s:massage 1:0.43 2:0.14 5:0.11 8:-0.17 12:0.17
s:massive 0:-0.58 5:0.72 11:0.16 12:0.2
s:match 1:0.11 4:0.14 11:0.11
s:mate 0:-0.17 1:0.11 5:-0.14 6:-0.26 11:0.15
s:material 4:-0.16 5:0.17
s:math 1:0.22 4:0.12 5:0.53
s:matinee 3:-0.21
s:mats 3:0.28 4:0.11 5:0.12
s:matter 0:-0.35 1:0.17 2:0.17 3:0.14
s:mattress 1:-0.13 12:0.1
s:mature 0:0.11
s:may 1:-0.1 4:-0.42 5:-0.14
s:maybe 7:0.17
s:mb 0:-0.12 5:0.28 12:-0.11
s:me 0:-0.14 1:0.73 2:0.31 3:-0.45 4:0.19 5:-0.16 6:0.21 10:0.11 11:0.18 12:0.25 13:0.28
s:meal 0:0.29 3:-0.22 5:-0.23 6:-0.16 12:0.12
s:mean 0:0.46 2:-0.34 4:-0.22 5:-0.12 7:0.21 13:0.13
s:meant 1:-0.19 3:-0.11 4:-0.16 6:-0.17 9:-0.14
s:meantime 0:0.46 5:-0.23
s:meanwhile 4:0.11
s:measur 0:-0.2 1:-0.16
s:meat 0:-0.11 1:0.21 4:0.29
s:mechanic 0:-0.57 1:-0.14 2:0.54 4:0.2 5:-0.56 6:0.38 11:0.13
s:media 6:0.12
s:medication 2:0.27 5:-0.11 6:0.34
s:meds 0:0.12 9:0.11
s:meet 6:-0.11
s:meh 0:-0.13 1:0.44 4:-0.13 5:-0.2
s:member 0:-0.27 2:-0.16 5:0.69 8:0.19 12:0.11
s:membership 0:-0.17 1:-0.1 4:0.25 5:-0.14 6:0.32 11:0.16
s:men 1:0.29 2:-0.22 5:0.88 6:-0.11 10:0.12
s:mental 0:0.23 6:0.27
s:mention 0:-0.24 2:-0.11 3:0.43 4:0.5 5:0.44 6:0.33 11:-0.2 13:-0.29
s:menu 0:-0.46 2:-0.21 4:0.13 5:0.21 6:0.87 12:-0.15 13:-0.31
s:merchant 5:-0.34
s:merci 0:0.18 1:0.24 5:0.4 6:0.14 12:0.14
s:merger 0:-0.11 5:0.21 6:-0.18
s:mess 0:-0.29 1:-0.16 5:-0.14
s:messag 0:-0.17
s:message 6:0.17
s:met 5:0.1 8:0.15
s:metal 2:0.15
s:meter 0:-0.22
s:mi 1:0.28 5:-0.19
s:microwave 0:-0.37 3:-0.23
s:mid 0:-0.13 2:0.4 4:-0.33 11:-0.11
s:middle 1:-0.13 4:-0.19 5:0.33
s:midnight 0:0.24
s:might 1:-0.39 2:-0.13 5:-0.11 10:-0.2
s:migrat 4:-0.16 5:0.33
s:mile 1:0.15 3:-0.11 4:-0.12 5:0.25 6:-0.15 12:-0.2
s:milk 0:0.27 5:-0.19 6:-0.23
s:mill 5:-0.12
s:mille 4:0.1
s:min 0:0.52 2:-0.13 5:-0.47 6:-0.15 7:0.24
s:mince 5:0.15
s:mind 0:0.13 2:0.24 3:-0.18 4:0.39 5:0.18 6:-0.28 7:0.11 8:0.2 12:0.23
s:mine 4:0.2 5:-0.23 6:0.2
s:ming 10:-0.13
s:mingin 3:-0.42 5:0.27 12:-0.11
s:minimum 2:0.14
s:mins 0:1.04 3:0.14 4:0.14 12:0.11
s:mint 5:0.43
s:minute 0:0.8 2:0.23 3:-0.39 4:0.26 5:-0.13 6:0.13 8:-0.19 11:-0.17 13:0.13
s:miracle 6:-0.11
s:mislead 0:0.11
s:miss 0:-0.35 1:-0.49 2:0.81 3:-0.62 4:0.14 5:0.86 6:0.33 9:0.18
s:mistake 0:-0.24 2:0.34 6:-0.21
s:mix 6:0.13
s:mixed 1:0.15 3:-0.15 6:0.28
s:mo 1:0.29 2:-0.17 3:-0.19 5:0.22
s:moan 0:-0.17 4:0.22 5:0.54 7:0.17
s:mobile 2:0.11 4:-0.11 5:-0.1 6:-0.29
s:model 0:-0.29 2:0.33 4:-0.19 5:0.31 6:-0.29
s:moderator 0:-0.28 1:-0.29 2:-0.26 3:-0.11 4:-0.37 5:-0.66 6:-0.43 9:-0.2 11:0.19
s:modern 3:0.12
s:molto 0:-0.15 1:0.2 5:0.23
s:moment 1:0.12 6:-0.13
s:monday 0:0.61 1:-0.11 2:-0.12 3:-0.22
s:money 0:0.4 2:-0.15 3:-0.13 4:0.5 5:-0.16 7:-0.1 12:-0.15
s:month 1:-0.16 3:0.24 4:-0.21 5:0.71 6:0.3 7:-0.12 11:-0.12 13:-0.2
s:moody 1:0.13
s:morale 1:-0.21
s:more 0:0.2 1:0.15 2:-0.11 4:0.11 5:0.24 7:0.35 8:0.19 9:0.34 10:-0.12
s:morn 0:0.78 1:0.25 2:-0.49 3:0.12 5:-0.39 6:0.26 7:0.48 8:0.12 13:0.24
s:morning 0:0.17 1:-0.11 3:-0.22 5:0.11
s:mortgage 1:0.15 2:0.2 5:-0.35 6:0.32 9:-0.13
s:most 0:0.37 1:-0.45 2:-0.22 4:0.26 5:0.21 6:-0.11 7:0.1 8:0.16 9:0.13 11:-0.13
s:mot 1:0.24 2:-0.17 4:0.23 5:-0.81 6:-0.22 11:0.26
s:mother 1:0.4 6:0.24
s:mould 3:-0.15 5:0.14 12:0.12
s:mouldy 0:0.21 3:0.27 4:-0.14 5:-0.2
s:mouth 8:-0.2
s:move 1:0.11 2:-0.1
s:moved 1:0.3 5:-0.42 7:0.15 9:0.17 13:-0.12
s:moving 0:-0.19 5:-0.2 6:0.19
s:mr 1:0.2 5:-0.13 12:-0.1
s:much 0:-0.29 1:-0.15 2:-0.19 3:0.25 4:-0.31 5:-0.46 6:0.39 8:0.18 9:-0.12 10:0.27 13:0.13
s:muck 3:-0.3
s:mud 5:0.31
s:muddy 3:0.14
s:muffl 2:-0.28 6:0.19
s:mug 1:0.19 4:0.36 5:-0.13
s:mugs 2:0.23 5:-0.24
s:muito 4:0.23 5:0.17
s:mum 0:-0.16 1:0.23 2:-0.44 5:-0.11 6:0.28 13:0.12
s:mums 0:-0.2 1:0.27 2:0.11 3:0.11
s:museum 2:0.22 5:-0.29 6:-0.35
s:music 0:0.35 1:0.29 2:-0.13 4:0.12 5:-0.22 6:-0.16 7:-0.2
s:must 2:0.13 6:-0.23
s:musty 3:0.38 5:-0.13 10:0.13
s:muy 1:0.66 2:-0.15 5:0.16 6:0.31 8:0.18 12:0.2
s:my 0:-0.25 2:0.13 3:-0.34 4:-0.26 5:0.28 6:-0.12 7:0.25 10:-0.22 11:0.16 12:-0.22
s:myself 0:-0.13 2:0.37 5:0.21
s:mystery 5:-0.12 10:-0.11
s:n 0:0.34 1:0.23 2:0.17 3:0.18 4:0.11 5:0.55 6:0.33 7:-0.1
s:naan 0:0.34 5:0.24
s:nail 0:-0.41 5:0.54 6:-0.26 9:0.15 12:0.13
s:name 0:0.11 1:0.51 2:-0.55 3:-0.32 4:-0.16 5:-0.16 6:-0.17 8:0.26 13:0.24
s:named 0:-0.15 1:-0.2 2:0.3
s:nan 5:-0.16
s:nans 1:-0.12 3:0.22 5:0.32
s:nappie 6:-0.11
s:nasty 4:-0.25 5:-0.14
s:natter 1:0.15
s:natural 1:0.11 2:0.16 5:0.39 9:0.15 12:0.16
s:nav 1:0.11 5:0.25 6:0.1
s:nd 0:0.18
s:near 0:-0.43 1:0.13 4:0.22 5:0.34 6:-0.18 12:-0.14 13:-0.11
s:neat 0:-0.11 3:-0.41 5:0.6 12:0.17
s:neck 1:-0.15 2:0.22 5:0.11
s:need 0:-0.53 1:0.22 2:0.66 3:-0.39 4:-0.58 6:-0.35 9:0.21 10:-0.23
s:negative 0:0.13 6:-0.11 8:-0.12
s:negotiator 4:0.11
s:neighbour 0:-0.31 2:0.19 3:0.18 4:0.11 5:0.13
s:neither 1:-0.19
s:nervou 0:0.12
s:network 0:-0.45 1:-0.16 5:0.99 6:-0.13 8:-0.13 12:-0.23
s:neuter 0:0.27
s:never 0:-0.15 1:0.31 3:-0.51 4:-0.29 5:0.13 6:0.63 7:-0.15 9:0.23 10:0.22 11:-0.1 12:0.46 13:-0.42
s:new 0:0.32 1:-0.36 2:0.53 3:-0.1 4:-0.39 5:0.35 7:0.3 10:0.3 13:0.34
s:newsletter 2:-0.27 5:-0.16 6:0.3
s:next 1:-0.3 2:-0.26 3:0.16 4:-0.63 5:-0.31 6:0.5
s:ngl 8:0.2
s:nhs 0:0.31 1:-0.11 5:-0.16 6:-0.19
s:nice 0:-0.53 1:0.46 2:-0.2 3:0.11 4:-0.14 5:-0.41 6:-0.16 8:0.34 10:-0.15
s:nicer 0:-0.17 1:0.33 2:0.12 8:0.14
s:nick 1:-0.28 4:-0.17 5:0.56 6:0.26 12:-0.29
s:night 0:0.21 1:-0.17 2:-0.31 3:0.3 4:-0.11 5:0.11 7:0.23 10:0.11 11:-0.17
s:nightmare 2:-0.14 3:-0.28 5:-0.18
s:nine 2:0.32 7:-0.19
s:ninety 1:-0.23 5:-0.17
s:nip 0:-0.17 5:-0.1
s:no 0:0.23 1:-0.16 2:0.17 4:-0.11 6:0.77 10:0.15 12:-0.13 13:-0.14
s:nobody 1:-0.19 2:-0.39 3:-0.15 4:-0.44 5:0.25 6:0.92 7:-0.17 9:-0.16 13:-0.8
s:nodd 2:0.21 5:-0.18 6:-0.17 8:0.12
s:noise 2:0.27 5:-0.15 6:0.25 12:0.29
s:noisy 1:0.2 5:-0.12 8:0.12
s:non 6:-0.22 8:0.16
s:none 1:-0.22 2:0.2
s:nonsense 2:0.11 5:-0.17
s:normal 1:0.2 4:0.13 5:-0.41
s:not 0:-0.23 1:0.13 2:0.2 3:-0.12 4:-0.18 5:0.44 6:-0.15 8:-0.31 9:-0.22 11:-0.3
s:notch 10:-0.12
s:note 0:-0.11 1:-0.21 3:-0.15 4:-0.44 5:-0.52 6:0.34 8:0.11 9:-0.11
s:noted 1:-0.12
s:noth 1:0.25 2:-0.1 3:-0.12 7:-0.2 9:-0.15 12:-0.29 13:-0.39
s:nothin 0:-0.25 1:0.44 5:0.37
s:notic 0:-0.14 1:0.18 2:-0.34 4:0.17 5:-0.18 6:-0.19
s:notice 1:-0.1 4:0.37 6:0.18 7:0.13 11:-0.2
s:noticeab 6:-0.13 8:-0.12
s:notification 6:0.29
s:noting 1:-0.19 4:-0.11 5:-0.2
s:now 0:0.29 1:-0.34 2:-0.56 3:-0.18 4:-0.15 5:0.13 8:-0.12 9:-0.14 10:0.2 11:-0.36 13:0.19
s:nowhere 0:-0.2 1:0.34
s:nowt 5:-0.11
s:nuisance 1:0.11 5:-0.13
s:number 0:0.54 4:-0.12 5:0.45 6:0.21 7:-0.13
s:nurs 1:0.39 2:0.19 4:0.23 5:-0.19 6:-0.11 11:-0.12
s:nurse 0:-0.16 1:0.43 3:-0.15 4:-0.17 5:-0.29 8:0.33 9:0.12 13:0.16
s:nurserie 11:-0.14
s:nursery 1:-0.11 4:0.24 5:-0.28 6:0.51 10:-0.12
s:nutrition 2:0.15 4:0.22 5:0.22
s:nuts 2:0.13 5:-0.19 9:-0.11
s:oat 5:0.27 6:-0.12
s:object 6:0.14
s:obsess 12:0.25
s:obviou 2:0.39
s:obvious 4:0.1
s:occasion 2:-0.15 4:0.12 6:0.15
s:occasional 4:0.12
s:oclock 0:0.1 5:-0.11
s:october 0:0.51 2:0.13 4:-0.33 7:-0.12
s:odd 0:0.12
s:of 0:-0.23 2:-0.17 3:0.32 4:-0.14 5:-0.19 6:-0.16 7:-0.3 8:-0.27 10:-0.15 12:-0.37 13:-0.11
s:off 0:-0.39 1:-0.15 2:0.19 4:0.73 5:-0.29 6:-0.44 7:-0.18 8:0.23 9:-0.15 10:0.16 11:0.21 12:-0.29
s:offcut 3:0.4 5:0.17
s:offer 1:0.25 2:-0.12 3:-0.17 4:-0.37 5:0.31
s:offhand 0:0.11 4:0.13 5:-0.17
s:office 0:0.35 1:0.27 2:0.16 5:-0.52 9:-0.21 13:-0.17
s:officer 0:0.18 1:-0.28 2:0.16 5:-0.14
s:official 1:-0.18 5:0.18 12:0.12
s:offline 0:0.14 1:-0.1 3:0.14
s:often 1:0.26 2:-0.16 3:0.11 4:0.16 5:0.5 6:-0.2 12:0.12
s:oh 0:0.15 1:-0.21 2:-0.3 5:-0.46 11:-0.25 12:-0.14
s:oil 0:0.4 2:0.11 12:-0.22
s:ok 0:0.15 1:-0.39 3:-0.17 4:0.46 5:-0.61 6:-0.11 7:0.11 9:-0.22 11:-0.27 12:-0.33
s:old 0:-0.27 1:0.12 2:0.14 3:0.38 5:-0.16 6:-0.56 8:0.14
s:older 1:0.39 2:-0.25 4:0.12 6:0.26 13:-0.35
s:olds 1:0.38 8:-0.13
s:olive 5:0.28
s:omg 1:-0.16 5:0.34
s:on 0:0.31 1:0.13 3:0.14 4:0.16 5:0.22 6:-0.17 12:0.12 13:-0.14
s:once 1:0.35 2:-0.13 3:0.37 4:0.15 5:-0.48 7:0.3 8:0.23 9:0.19 12:0.38
s:one 1:-0.11 2:0.39 3:-0.3 4:-0.21 5:0.18 6:0.14 8:-0.19 9:0.12 10:-0.11 11:0.36 12:-0.26 13:-0.18
s:ones 0:-0.31 1:0.35 2:0.33 4:-0.46 8:0.23
s:online 0:0.16 2:0.18 3:-0.27 4:0.2 5:-0.16 6:0.38 7:0.42 11:-0.14 12:-0.18 13:0.26
s:only 0:0.2 3:0.11 4:0.62 6:0.31 7:-0.13 8:0.22 12:-0.27
s:onto 5:0.23
s:op 0:0.47
s:open 0:-0.26 1:-0.21 2:-0.42 3:-0.28 5:-0.4 6:-0.24 12:-0.18
s:operation 2:-0.13 5:-0.18 6:0.15
s:operator 6:0.22
s:opinion 0:-0.26 2:0.29 4:-0.23 5:-0.37 6:-0.19 8:-0.15 9:-0.2
s:opposite 1:0.13 2:0.21
s:optician 1:-0.46 2:0.26 5:-0.14 6:0.1 8:0.1 9:-0.18 13:0.19
s:option 1:-0.28 2:0.19 5:0.21 6:0.49 7:0.17 12:-0.12
s:optometrist 1:-0.43 5:-0.14
s:or 0:0.16 1:-0.33 3:0.17 4:0.12 6:-0.16 8:-0.11 13:-0.16
s:orange 5:0.18
s:order 0:0.98 2:-0.73 3:-0.39 5:0.33 6:0.27 8:-0.12 12:-0.2
s:organis 2:-0.17
s:original 0:-0.21 4:0.21 5:-0.1
s:other 0:0.16 1:-0.37 2:0.38 3:0.21 5:-0.49 7:0.22 8:-0.11 9:0.38 10:-0.11
s:otherwise 0:0.17 1:-0.15 5:-0.25 6:-0.23 9:0.12
s:our 0:0.44 1:0.13 2:0.29 3:-0.14 9:0.13 11:0.37 13:0.13
s:ours 4:-0.11 5:-0.27
s:ourselve 6:0.2
s:out 6:0.14 7:0.1 11:-0.24 13:-0.31
s:outage 0:-0.14
s:outcome 6:-0.16
s:outside 0:0.14 1:-0.36 3:0.15 5:-0.29 11:-0.15 12:-0.15
s:outstand 0:-0.17 4:0.37
s:oven 5:0.35
s:over 0:-0.29 1:0.14 2:0.21 3:0.16 4:0.37 5:0.11 7:-0.11 9:0.21 10:-0.31 13:-0.17
s:overall 0:0.13 1:-0.43 2:-0.14 4:-0.13 5:-0.28 8:-0.15
s:overbook 6:0.13
s:overcharg 5:0.57 12:-0.15
s:overcharge 4:-0.18
s:overdraft 4:0.16
s:overflow 1:-0.23 3:0.49 4:-0.12 5:-0.42 10:-0.15
s:overheard 1:0.37
s:overkill 2:0.18 4:0.13
s:overpric 1:-0.11 4:0.66 5:0.29 11:-0.24 12:-0.18
s:overran 0:-0.11
s:overstay 4:0.18
s:overwhelming 0:0.15
s:ovr 0:0.45
s:own 0:-0.11 1:-0.31 2:-0.16 3:0.23 4:0.12 5:0.18 8:0.18 10:-0.15 11:-0.17
s:owner 1:-0.24 4:0.24 5:0.4 6:0.34 10:0.23
s:owt 4:0.15
s:p 0:-0.73 1:-0.29 2:0.15 4:-0.12 5:0.27 6:-0.37 9:-0.12 11:-0.45 12:-0.18 13:-0.13
s:pace 2:0.13
s:paciente 1:0.26 5:-0.18
s:pack 3:-0.14 4:-0.22 5:0.66 12:0.12
s:packag 0:0.18 3:0.18
s:package 0:-0.2 2:-0.11 5:0.27 12:-0.12
s:packet 5:-0.28
s:padlock 6:0.38
s:pads 1:-0.17 6:0.32
s:page 0:-0.38 2:-0.13 5:0.19 6:0.68
s:paid 1:-0.34 3:-0.39 4:-0.39 5:0.37 7:-0.24 9:0.14
s:pain 0:0.29 1:-0.23 2:0.39 5:0.44 6:-0.48 12:0.11
s:painful 0:0.21
s:painless 0:0.38 1:-0.17 3:-0.12 5:-0.28 7:0.14
s:paint 0:-0.25 2:0.25 3:-0.32 5:0.46
s:pair 1:-0.23 4:0.18 5:0.36
s:pairing 2:0.23 5:-0.36
s:palm 5:0.22
s:panel 5:0.37 6:-0.14
s:paper 1:-0.14 2:0.16 3:0.21 4:-0.11 5:0.31 6:-0.24
s:paperwork 3:0.1 5:0.46 6:0.27
s:par 4:0.15 5:0.26
s:paragraph 2:0.11
s:paramedic 1:0.16
s:parcel 0:0.39 1:0.12 2:-0.25 3:-0.33 4:0.13 5:0.47 6:0.25 7:0.24 12:0.24
s:parent 0:-0.36 2:-0.26 4:-0.2 5:-0.15 6:0.68 8:0.15 13:0.19
s:pari 5:0.47
s:parish 2:0.2
s:park 0:-0.66 1:-0.3 2:-0.26 4:-0.67 5:-0.46 6:-0.32 9:0.12 11:-0.42
s:part 2:0.22 3:-0.16 4:0.32 5:-0.18 7:-0.15 9:0.13 13:0.14
s:participant 0:-0.11 1:-0.5 2:-0.28 3:-0.36 4:-0.14 5:-0.46 6:-0.32 8:0.11 9:0.17 12:0.14
s:particular 1:-0.34
s:partie 1:-0.22
s:party 0:-0.17 1:0.15 2:-0.24 3:-0.1 6:-0.14 11:0.1 12:-0.11
s:pas 11:0.18
s:pass 2:-0.3 5:-0.72 6:0.24
s:passenger 0:0.25 1:0.23 2:-0.31 3:0.18 4:-0.12 6:0.42 7:0.13
s:passport 0:0.6 2:-0.14 4:-0.19 5:-0.43 6:-0.29 7:0.24
s:password 0:0.26 2:0.11 7:-0.11
s:past 0:0.58 6:-0.36 7:-0.1 12:0.16
s:pasta 0:-0.13 5:0.22
s:pastie 5:0.12
s:pasty 3:-0.35 5:0.52
s:patchy 1:0.12 6:0.12 12:-0.17
s:patel 9:0.15
s:path 0:0.29 3:0.47 5:-0.24
s:patience 0:-0.18 2:-0.11 5:-0.16 6:0.29
s:patient 1:0.25 4:-0.25 5:-0.48 6:0.49 8:0.26 9:0.18
s:patio 12:-0.14
s:patronis 1:0.42 8:-0.12
s:pattern 0:-0.35
s:pavement 0:0.16 5:-0.31 6:0.19
s:pawn 0:-0.27
s:pay 1:-0.33 2:-0.44 3:-0.12 4:0.16 5:0.26 6:-0.14 7:0.11 11:0.26
s:payday 1:-0.16 4:0.13
s:paying 0:0.19 1:0.33 3:-0.12 4:0.37 5:0.54 6:-0.39 7:0.26 11:-0.45
s:payment 0:0.81 1:0.18 2:0.1 6:-0.16
s:payout 0:0.2 5:0.45
s:payroll 5:-0.1 6:-0.16
s:pcso 2:-0.29
s:peak 0:0.13 6:0.1
s:pen 2:-0.15 5:-0.24 10:-0.13
s:penalty 0:0.26
s:penny 0:-0.12 4:0.8 5:-0.32 11:0.52 12:0.17 13:0.1
s:pension 0:0.1 1:-0.26 4:0.11 5:0.25 6:-0.46 12:0.16
s:pensioner 3:-0.14
s:people 1:0.41 2:0.28 3:0.19 4:0.2 5:-0.22 8:0.14 9:-0.19 10:-0.15 12:0.34 13:-0.14
s:per 0:-0.12 4:0.26 5:-0.23 6:-0.14
s:percent 5:-0.32
s:perfect 0:-0.11 1:-0.62 2:0.11 3:-0.5 5:1.35 6:-0.26 7:0.16 12:0.49
s:perfecto 0:0.31 5:0.27
s:permanent 5:0.17
s:permit 4:-0.48 5:-0.19
s:pero 0:0.32 1:0.27 5:0.69 12:0.13
s:person 1:0.45 2:-0.17 5:-0.18 6:-0.28 8:0.11 9:-0.23 13:-0.23
s:personal 4:0.14 5:-0.11 6:0.17
s:pet 0:0.12 1:-0.23 2:0.33 5:-0.18 6:-0.23 7:0.13 9:-0.14
s:pharmacist 0:-0.27 1:0.1 2:0.67 5:-0.28 9:0.32 12:0.12
s:pharmacy 0:0.67 5:-0.63 6:-0.18
s:pharmasist 2:0.18 5:-0.1
s:phenomenal 5:0.22
s:phlebotomist 2:0.25 5:0.12 9:0.11
s:phon 2:-0.16 4:0.13 6:-0.14 9:0.22
s:phone 0:0.62 1:0.85 2:0.1 3:-0.31 4:-0.18 5:-0.42 6:0.32 8:-0.33 9:-0.27 11:0.12 12:-0.16 13:-0.21
s:photo 2:0.27 3:-0.17 4:-0.46 5:0.74 6:0.46 9:0.14 12:0.26 13:0.42
s:photograph 5:0.41
s:photographer 5:0.15
s:physical 5:0.14
s:physio 5:0.5 6:0.13 12:0.21
s:physiotherapist 1:-0.16
s:piano 1:0.11 5:0.19
s:pick 0:0.47 1:-0.3 2:0.53 3:-0.12 6:-0.19 7:0.11 9:0.15 13:0.14
s:picker 2:-0.19 5:0.19
s:pickup 6:0.2
s:picture 3:-0.18 5:0.25 6:0.2 12:0.22 13:0.16
s:pie 1:0.26 5:0.39 12:-0.14
s:piece 5:0.34
s:pies 3:-0.37
s:pile 1:-0.18 3:0.42
s:pill 5:0.4
s:pillow 3:0.3 5:-0.22
s:pilot 6:0.54
s:pink 5:0.32
s:pint 6:-0.15 12:-0.15
s:pipe 0:0.25 5:0.24 6:0.15 8:0.1 12:-0.14
s:piping 0:0.33 5:0.27
s:pit 3:0.13
s:pitch 1:0.33 2:0.11 5:0.25 6:-0.21
s:pizza 1:-0.29 2:-0.16 4:0.22 5:0.69
s:place 0:-0.2 1:-0.11 2:0.24 3:0.56 4:0.21 5:-0.36 6:-0.34 8:0.25 9:0.26 10:-0.1 11:0.25
s:placement 5:0.28 9:-0.12
s:plain 1:0.17 2:-0.28 4:-0.14 6:0.34 13:0.17
s:plan 0:-0.26 1:0.17 2:-0.32 4:-0.12
s:plane 5:-0.21
s:plann 0:0.21 4:-0.22 5:0.14 6:0.16 7:-0.12
s:plant 2:0.42 3:0.12 4:0.11 6:-0.36 12:0.13
s:plaster 2:-0.17 3:0.84 10:0.14
s:plasterboard 1:-0.2 3:0.34
s:plasterer 5:0.25
s:plastic 0:-0.16 5:0.49
s:plate 2:0.15 3:-0.44 5:0.24
s:platform 0:0.13 2:0.11 6:0.2
s:play 0:-0.3 2:-0.3 4:0.28 5:-0.17 6:-0.28 8:0.11 11:0.16 12:-0.13 13:0.14
s:playground 0:-0.23 1:0.18
s:pleasant 0:0.39 1:-0.39 4:0.12 5:-0.24 7:0.16
s:please 0:-0.34 4:-0.43 5:-0.18
s:plug 0:0.1
s:plughole 11:-0.1
s:plumb 1:0.1 6:0.18
s:plumber 0:0.27 1:-0.22 3:0.12 8:0.21
s:pm 0:0.41 2:-0.15 3:0.15 4:-0.22 5:0.22 6:-0.21 8:0.12 12:-0.12 13:-0.21
s:po 1:-0.12 4:0.23 6:0.47
s:pocket 5:-0.3
s:point 0:0.26 1:0.26 2:0.26 4:0.14 5:0.25 6:-0.24 8:-0.15 9:0.1 11:-0.28
s:pointless 1:-0.11 2:-0.11 5:0.47 6:-0.16
s:poland 5:-0.11
s:police 0:-0.22 1:-0.33 2:0.19 6:-0.2 7:-0.14
s:policy 2:0.36 4:-0.15 5:-0.22 6:-0.11
s:polish 0:-0.2 3:-0.3 5:0.47 12:-0.15
s:polite 0:0.51 1:0.62 2:0.16 3:0.14 4:-0.13 5:0.16 6:-0.12 7:-0.1 8:0.13 9:-0.12
s:polo 5:-0.31
s:pool 0:-0.17 1:-0.24 3:0.96 4:-0.12 5:1.14 6:0.35 7:0.14 12:0.13 13:-0.16
s:poor 1:0.13 3:0.13 4:-0.18
s:popcorn 5:0.14
s:popp 0:-0.22 1:-0.28 2:-0.12 5:-0.19
s:port 1:-0.13 2:0.17 5:-0.36 11:0.15
s:portal 2:-0.13
s:porter 3:-0.25
s:portion 0:0.12 1:0.2 4:0.42 5:0.19
s:positive 0:0.26 1:0.12 2:0.29 4:0.15 5:0.21 7:0.17 8:0.11 9:0.15
s:possible 2:-0.27
s:post 0:-0.12 2:-0.31 4:-0.19
s:postage 0:-0.11 1:-0.11 4:0.34
s:poster 13:-0.1
s:pothole 0:0.72 2:-0.11
s:pound 4:0.36 11:-0.15 12:-0.21
s:pour 0:0.27 5:-0.12 8:-0.11
s:powder 2:0.19 6:-0.16
s:power 1:-0.37 5:-0.21
s:ppl 1:0.36 11:0.11
s:practice 0:0.25 1:-0.36 2:-0.21 5:-0.58
s:practise 0:-0.11 6:0.15 13:0.16
s:practitioner 1:-0.11 2:0.15 5:-0.13 6:0.32
s:prais 0:0.19 1:0.15 2:0.43 3:0.31 4:0.18 5:0.32 6:0.27 9:-0.1 13:0.13
s:praise 0:-0.13
s:precise 4:0.1
s:premium 0:-0.2 1:0.13 2:-0.26 5:0.7 6:-0.21 11:-0.17 12:-0.16
s:prescrib 2:0.25
s:prescription 1:-0.12 2:0.52 3:-0.19 4:-0.13 5:-0.68 9:-0.22
s:present 5:-0.18
s:press 0:-0.14 5:-0.16
s:pressure 0:-0.25 1:0.77 3:0.25 4:0.14 5:-0.14 6:0.45 8:0.15 13:0.13
s:previou 2:0.46 3:0.22 4:-0.11
s:pric 1:-0.19 4:0.21 5:-0.14 12:-0.14
s:price 2:-0.22 3:0.17 4:0.95 6:-0.13 7:0.16 9:0.24
s:priceless 1:-0.38 5:-0.13 12:0.13
s:pricey 3:0.18 4:0.73 5:0.16 6:-0.44
s:pricier 5:0.29 11:0.12
s:primary 3:-0.14 5:0.19
s:primer 3:-0.14
s:principle 0:0.22 5:-0.13
s:print 1:0.43 2:-0.2 4:0.49 5:0.27 6:0.29 8:-0.11 11:-0.19 12:-0.12
s:printer 0:0.35 4:0.18
s:priority 0:0.42 4:-0.32
s:private 0:0.77 1:-0.11 2:0.23 4:0.41 5:-0.21
s:privilege 11:-0.11
s:prix 1:0.33 4:1 5:-0.3 11:0.15
s:priya 1:0.21
s:probab 1:-0.21 2:0.31 5:-0.15
s:probate 2:0.14
s:problem 0:0.13 1:-0.13 2:0.29 5:-0.14 6:-0.4 13:-0.21
s:procedure 5:-0.13
s:process 0:0.28 2:-0.11 5:0.23 6:0.26 12:-0.17
s:produc 5:0.13
s:product 1:0.44 2:0.38 5:-0.29 6:-0.26 9:0.11
s:professional 1:-0.26 2:-0.1 3:-0.19 4:0.11 5:-0.2 11:-0.15
s:progress 0:-0.19 1:0.23 5:0.28 6:0.13
s:project 5:-0.12
s:projector 2:0.29 5:-0.14
s:promis 1:-0.34 2:-0.14 3:0.17 4:-0.34 6:0.59 7:0.14
s:promise 1:0.11 6:0.14
s:promotion 6:-0.12
s:prompt 5:-0.1
s:proof 6:0.37
s:proper 0:-0.36 1:0.29 2:0.2 4:-0.13 5:0.34 8:-0.37 9:0.45 10:0.11 11:-0.14 12:0.51 13:0.13
s:property 0:-0.12
s:propre 4:0.18 5:-0.14 11:0.12
s:proud 0:0.14 6:-0.21
s:provider 0:0.43 2:-0.26 4:-0.15 6:-0.16 12:0.11
s:pt 2:0.4 5:-0.22 9:0.1
s:pub 0:-0.24 1:0.15 11:-0.13
s:public 0:-0.31
s:pudd 0:-0.13 3:-0.18 5:0.18
s:puddle 1:0.11 3:-0.34 5:0.38 12:-0.19
s:pull 1:0.31 5:0.22 6:-0.12 13:-0.12
s:pump 0:0.1 6:-0.14
s:puncture 4:0.39 5:-0.15
s:pure 1:-0.12
s:purple 2:-0.21
s:push 1:0.49 5:-0.18 6:0.1
s:pushchair 1:-0.12 5:0.4
s:pushy 1:0.46 2:-0.28 5:-0.25 6:-0.12
s:put 0:-0.31 1:-0.22 2:0.2 4:-0.2 5:0.19 10:0.14 11:-0.19
s:putt 1:0.21 6:-0.12
s:qr 2:-0.1 5:0.14 6:0.18 13:-0.14
s:quality 0:0.14 1:-0.16 2:-0.12 4:-0.26 5:0.32 6:0.12
s:quarter 0:0.18
s:que 5:-0.12
s:queri 0:0.14 1:0.11 3:0.12 4:-0.11
s:query 0:0.11 6:-0.1
s:question 0:-0.48 1:0.45 2:0.38 3:-0.15 4:-0.2 5:-0.25 6:0.18 13:0.23
s:queu 0:0.6 1:-0.25 2:0.25 5:0.23 6:-0.51
s:queue 0:1.92 2:-0.38 4:-0.34 5:-0.48 6:-0.37 7:-0.19 12:0.12 13:-0.11
s:quibble 0:0.25 1:-0.12 5:0.19 6:0.12 7:0.15 13:0.13
s:quick 0:0.68 1:-0.2 5:-0.33 6:-0.38 9:0.14
s:quicker 0:0.17 2:-0.14
s:quickest 0:0.39
s:quid 2:0.2 4:0.23 5:-0.24 11:-0.13
s:quiet 8:0.1
s:quit 3:-0.23 5:0.13
s:quite 5:0.15 11:0.13 12:-0.14
s:quiz 0:-0.2
s:quot 0:0.23 2:0.19 3:0.3 4:0.16 5:-0.26 6:0.48 7:0.13 9:0.16 11:0.27 12:0.15
s:quote 0:0.11 2:-0.14 4:0.3 5:0.16 6:0.5 11:0.15
s:r 1:0.3 6:-0.11 12:0.13
s:rack 0:0.21 5:-0.15
s:ragg 0:0.19
s:rail 0:-0.11 2:0.15 5:-0.18 11:-0.1
s:railcard 6:-0.2
s:rain 1:-0.14 5:0.23 6:-0.1 8:-0.12
s:rainy 5:0.21
s:rais 0:0.3 5:0.16
s:ram 2:0.1
s:ramm 0:0.19 5:0.28
s:ramp 6:0.17 7:-0.13
s:ran 0:0.22 2:-0.3 4:-0.18 5:0.14
s:rang 0:0.28 1:-0.36 3:-0.16 4:-0.37 5:-0.29 6:0.14 12:-0.15 13:0.32
s:range 5:0.13
s:rank 3:-0.24 5:0.24
s:rare 0:0.54 2:-0.1 6:0.12 7:0.15 13:-0.15
s:rash 0:-0.12 1:-0.12 2:0.24
s:rate 1:-0.28 2:-0.11 4:0.36 6:0.35 10:-0.13 11:0.11 13:-0.17
s:rated 5:0.4 6:0.14 12:0.12
s:rather 1:0.19 5:-0.41 6:0.49 11:0.1
s:rating 3:0.12
s:rattl 1:-0.18 2:0.2 4:-0.25
s:rattle 0:-0.12 2:0.25 9:0.11
s:rave 5:0.34
s:ray 0:-0.44 2:0.14 9:-0.1
s:rcd 0:-0.29
s:rd 0:0.44 5:-0.21 6:-0.19 7:-0.14
s:reach 4:-0.14 6:0.13
s:read 2:0.22 5:0.16 6:0.22 9:-0.23 11:-0.11 13:-0.12
s:reader 0:0.14 1:-0.12 5:-0.12 6:-0.31 7:0.13
s:ready 0:0.35 1:-0.19 2:-0.43 5:-0.21 6:0.17
s:real 0:0.13 1:-0.34 2:0.43 3:-0.38 5:0.17 6:0.45 8:-0.2 11:-0.46 12:-0.15
s:realis 5:0.43 6:-0.18
s:realtor 0:-0.19 3:-0.11
s:realy 6:0.15
s:rear 5:-0.11
s:rearrang 1:0.21
s:reason 1:0.24 3:-0.12 5:-0.34 6:-0.24 11:0.19
s:reasonab 4:0.13 5:0.19
s:reasonable 1:0.3 3:0.2 4:0.73 5:0.17 6:-0.23 11:0.49
s:reassur 1:0.19 2:0.47 5:-0.27 9:-0.3
s:rebook 5:0.12
s:receipt 1:-0.14 2:-0.28 3:-0.14 4:-0.21 6:-0.18
s:receiv 0:0.26 5:-0.12 6:0.39
s:reception 2:-0.11 3:0.29 5:-0.24 6:0.36 8:-0.25 11:-0.1
s:receptionist 1:1.02 2:-0.17 4:-0.2 5:-0.34 6:-0.26 7:-0.13 8:-0.53
s:reciept 5:0.35
s:reciev 0:0.17
s:recipe 2:0.24 5:0.2
s:reckon 2:0.32 5:-0.29
s:recline 0:-0.14
s:recognition 2:0.2 5:-0.11
s:recommend 0:-0.21 2:1.29 3:-0.13 4:-0.12 5:-0.25 6:-0.15 9:0.13 11:0.2
s:reconciliation 6:0.19
s:record 0:-0.13 1:-0.23 3:-0.44 5:0.39 6:-0.34 7:-0.16
s:recovery 5:0.18
s:recurr 1:0.13 8:-0.11
s:recycl 1:0.52 8:0.11
s:red 1:-0.14 2:-0.17 3:0.24
s:redid 2:0.1
s:redo 3:0.1
s:reek 3:0.12 5:-0.25
s:ref 0:-0.11
s:refectory 5:-0.13
s:reference 0:0.28 1:-0.11 4:-0.17 5:-0.27
s:referral 2:-0.26 6:0.22
s:refit 1:-0.18 2:-0.1
s:refitt 5:-0.23
s:reflection 3:0.12 10:0.1
s:refresh 6:-0.14 12:-0.12
s:refund 0:0.62 3:-0.12 4:-0.18 6:0.32 12:-0.16
s:refundable 0:-0.14
s:refurbish 6:0.26
s:refus 0:0.13 1:-0.19 2:-0.12
s:regard 0:0.26 4:-0.22 5:-0.23
s:regional 5:-0.16
s:register 1:-0.21 2:0.19 5:-0.22 6:0.19
s:registration 0:0.12
s:regular 4:0.21 5:-0.13 6:-0.3 11:-0.11
s:regulation 0:0.15
s:reject 2:0.15 5:0.46
s:relation 2:-0.14 6:0.15
s:relative 0:0.24 3:0.12 5:-0.19
s:relax 0:0.18 1:0.23 2:-0.11 5:-0.11 6:0.15 8:-0.27
s:relaxation 1:0.15
s:reliable 5:-0.28 6:0.12
s:relief 1:0.11 3:0.21
s:remain 5:0.15
s:remember 0:0.12 1:0.46 2:-0.23 5:-0.18 6:-0.21 8:0.16 12:0.13 13:0.17
s:remind 1:0.16
s:reminder 0:-0.53 1:-0.29 2:-0.14 6:0.11
s:remote 0:-0.17 5:0.16
s:removal 1:-0.14 2:-0.17 3:0.38 4:0.11 5:0.3 6:-0.15 8:0.13
s:renew 1:-0.16 4:0.18 5:0.16 6:0.11
s:renewal 1:0.14 4:0.13 5:-0.23
s:rent 0:0.18 4:0.25 11:-0.12
s:rental 0:-0.28
s:reopen 1:-0.17
s:rep 0:-0.24 1:0.27 5:-0.29 6:0.15 8:-0.13
s:repair 0:0.19 1:-0.13 3:0.12 6:0.39 7:0.18 11:0.19 12:0.16
s:repay 5:0.23 7:0.17
s:repeat 1:0.14 2:-0.19 5:-0.45 6:0.32
s:repeated 0:0.22 2:0.12 7:-0.11 8:0.11 11:0.14
s:replac 0:0.11 4:-0.1 5:0.31 6:-0.17 7:0.14 13:0.18
s:replacement 5:0.5 6:0.37 7:0.12 8:-0.14 12:-0.21 13:0.22
s:repli 0:0.48 1:0.33 5:0.47 6:0.26
s:replie 0:0.14 5:0.26 6:0.14
s:reply 0:-0.57 2:-0.2 4:-0.18 5:0.15 6:0.53 13:-0.18
s:report 0:0.52 1:-0.17 3:-0.13 6:-0.15 7:-0.16
s:reprint 6:0.15
s:reptile 5:-0.16
s:request 0:0.16 2:-0.22 5:0.29
s:rescue 1:0.18
s:reserv 0:0.21 1:-0.21 6:0.14
s:reservation 0:0.16 5:0.32
s:reserve 0:0.17
s:reset 0:0.22 1:-0.12 5:-0.22 7:-0.1
s:resett 2:0.15
s:resident 0:-0.23 1:-0.1 2:-0.12 3:-0.12 5:0.4
s:resit 6:-0.21
s:resort 0:-0.13
s:respect 1:-0.17 6:0.11
s:respectful 1:0.23
s:response 1:0.29 6:-0.25 8:-0.12
s:rest 0:0.1 2:0.28 5:-0.1 6:-0.2
s:restaurant 0:0.28 1:-0.38 3:0.11 5:0.29 6:0.14
s:restock 3:0.13 5:-0.13 7:-0.15
s:restor 0:0.1 2:-0.13 8:0.12
s:result 0:0.23 1:-0.16 4:-0.41 5:-0.2 9:0.11
s:retail 5:0.13
s:retailer 0:0.16 5:0.24
s:retention 4:0.14
s:retest 0:0.3 5:-0.1 11:0.11
s:retirement 1:-0.26
s:return 0:0.26 1:-0.4 2:0.12 4:-0.11 6:0.2 11:-0.15 12:0.11
s:review 0:-0.12 2:-0.21 3:0.12 5:0.2 6:-0.22 11:0.11
s:rewir 3:0.21 9:0.13 10:0.11
s:rhyme 5:0.23
s:rice 0:0.35 5:0.25 6:-0.17 12:-0.11
s:ride 1:-0.16 4:0.11
s:rider 1:0.14 6:0.13
s:ridiculou 1:0.16 5:-0.24 6:-0.19 7:-0.12
s:right 1:-0.22 2:0.36 3:0.5 5:-0.27 6:-0.22 7:0.13 9:0.27 13:-0.14
s:ring 0:0.2 1:0.13 2:-0.18 3:-0.15 4:0.12 5:0.62 6:1.07 7:-0.25 12:-0.27 13:-0.36
s:rioja 2:0.23 5:-0.29
s:rip 3:0.27 4:0.58 5:-0.14 11:-0.1 12:-0.11
s:ripp 0:-0.14
s:ris 4:0.14 11:-0.12
s:rise 0:-0.1 2:-0.1 5:-0.13 6:0.47 11:-0.11 13:-0.13
s:risen 5:0.13
s:risk 1:-0.1
s:rly 6:0.19
s:road 0:0.21 1:-0.54 2:-0.14 3:-0.26 6:-0.35 7:-0.17 11:-0.11
s:roadside 5:0.29
s:roast 1:-0.15 3:-0.12 4:-0.1 5:0.46 6:-0.23
s:robbery 0:-0.34 4:0.31 11:-0.17
s:robe 4:0.17 6:0.15
s:rock 5:0.39
s:roll 0:-0.24 2:-0.16 3:0.37 4:-0.1 6:-0.27 8:-0.11
s:rome 5:0.16
s:rong 2:0.2 5:-0.18
s:roof 1:-0.17 2:0.3 4:-0.4 5:0.42 6:-0.15 9:0.18 12:0.19
s:room 0:-0.33 2:-0.17 3:0.97 4:-0.17 5:-0.64 6:0.1 7:-0.19 9:0.16 10:0.16 11:0.1
s:rota 1:-0.28 2:-0.22 5:-0.33 6:-0.29 10:0.11
s:rough 0:-0.23 1:-0.19 4:-0.26 5:0.85 12:-0.19
s:round 0:0.46 2:-0.14 3:-0.27 4:-0.34 5:-0.17 11:0.17 13:-0.12
s:roundabout 5:-0.14
s:route 0:-0.12 4:0.19 6:-0.32
s:router 0:0.23 11:-0.11
s:routine 4:0.16
s:row 4:0.1
s:rubbish 0:-0.43 1:-0.32 3:0.31 5:0.76 10:0.13 12:-0.21
s:rubble 0:0.22 3:0.3 5:-0.14
s:rubish 5:0.58
s:rude 0:0.18 1:0.11 2:-0.53 4:-0.23 5:-0.62 6:-0.47 8:-0.39
s:ruin 0:-0.13 1:-0.14 2:0.23 3:-0.29 5:0.14
s:rule 1:-0.77 2:0.22 5:-0.23 6:-0.18 13:-0.13
s:run 0:0.14 1:0.2 2:-0.15 4:0.18 8:0.15 12:0.11
s:rung 0:0.11
s:runn 0:0.14 1:-0.18 2:-0.34 3:-0.24 5:0.45 6:0.64 7:-0.2 8:0.15 12:-0.2
s:runs 0:0.16 1:0.15 4:0.14
s:rush 0:-0.82 1:0.91 2:-0.33 3:-0.14 8:0.16
s:rye 5:0.3
s:rápido 0:0.13 1:0.1
s:s 0:-0.17 3:-0.15 4:-0.28
s:sad 5:0.39 12:-0.1
s:sadly 3:0.12 5:0.1
s:safe 0:-0.12 2:0.32 3:-0.1 5:0.26 6:-0.14 12:0.19
s:safety 3:-0.27
s:said 1:0.39 2:0.37 3:-0.1 5:-0.21 6:0.56 7:0.1 9:-0.29 11:0.11 13:-0.25
s:sail 6:-0.15
s:salad 5:0.15 10:0.1
s:sale 1:0.27 2:0.14 3:-0.12 4:-0.17 6:0.35 9:-0.18 13:-0.12
s:salesman 0:-0.15 1:0.26 2:-0.16 4:0.1 5:-0.31 8:-0.31
s:salon 2:-0.17 5:-0.39 8:-0.1 10:0.11 11:-0.11
s:salt 1:0.28 4:-0.11
s:sam 2:0.11 5:0.11
s:same 0:0.22 1:-0.19 3:-0.3 4:-0.14 5:-0.31 6:-0.18 7:-0.14 10:-0.13 12:-0.14
s:sample 5:0.32
s:sandra 0:-0.13
s:sandwich 0:-0.21 2:-0.15 4:-0.46 5:0.27 6:-0.13 11:0.15
s:santa 1:-0.26
s:sat 2:-0.16 4:-0.16 5:0.28 6:0.37 8:0.1 13:-0.17
s:saturday 0:0.3 1:-0.16 2:-0.11 4:-0.13 5:-0.25 6:-0.24 7:-0.13
s:sauber 0:0.26
s:sauna 0:0.31
s:sausage 3:0.16 5:0.27
s:save 6:0.11 10:-0.13
s:saved 0:-0.48 1:-0.29 2:0.68 4:0.23 5:-0.11 6:-0.14 9:0.34 11:0.24 12:0.13
s:saving 2:0.11 4:-0.16
s:saw 0:0.18 2:0.1 5:-0.11 6:-0.22 8:0.14 11:0.11 12:0.13
s:say 0:0.16 1:0.2 3:0.37 4:-0.31 5:-0.18 6:0.52 8:0.13 9:-0.23 10:0.11
s:sayin 6:0.58
s:saying 0:0.21 2:0.23 3:0.29 4:-0.25 5:0.22 6:0.25 7:-0.35 8:-0.13 13:-0.48
s:says 0:-0.15 1:-0.83 2:0.61 5:0.41 9:-0.23 10:-0.1 12:-0.15 13:-0.15
s:scale 0:-0.13 5:-0.16 6:-0.15
s:scalp 2:0.29 5:-0.28
s:scam 5:0.25
s:scan 0:0.31 4:-0.1 5:-0.14
s:scann 4:-0.14 5:-0.1 6:0.1
s:scanner 0:-0.14 2:-0.22 6:0.5
s:scath 0:0.13 2:0.25
s:schedule 0:0.17 5:0.14
s:scheme 1:-0.26 4:-0.1 6:-0.37
s:schnell 5:-0.13
s:schnitzel 1:-0.15
s:school 1:0.23 2:-0.44 3:0.12 5:-0.59 9:0.11 10:0.11 12:-0.12
s:science 2:0.11 5:0.17
s:scone 5:0.58
s:scrap 3:0.34
s:scrapp 4:0.5
s:scratch 0:-0.17 1:0.37 3:0.11 5:0.91 6:-0.16 8:0.14 12:0.12 13:-0.12
s:scream 1:0.46
s:screen 0:0.22 1:-0.14 2:-0.19 5:0.54 6:0.28 11:-0.1
s:script 0:-0.17 1:-0.13 2:0.14 5:-0.14 6:0.21 9:-0.13
s:scrum 0:0.25
s:scuff 5:-0.11
s:sea 0:0.18 2:0.11
s:seal 5:0.18
s:seam 4:0.11 5:0.26
s:season 2:-0.1 4:0.11 5:-0.15 6:0.31 11:-0.13
s:seat 2:-0.39 3:0.43 4:0.47 5:0.89 6:-0.19 10:-0.12 11:0.15 12:0.11
s:second 0:0.31 1:-0.13 2:0.29 4:0.17 5:-0.13 6:-0.36 7:0.21 12:0.14
s:secretary 1:0.18 6:0.23
s:section 0:-0.1 1:0.12 3:0.15 4:-0.15 5:-0.12
s:security 0:-0.15 1:0.16 6:-0.2
s:sed 0:-0.22 5:0.18
s:see 1:-0.12 2:-0.25 5:0.32 6:0.36 7:-0.14 10:-0.19 11:-0.14 12:-0.15
s:seed 0:-0.14 5:0.47
s:seeing 5:0.14
s:seem 0:-0.12 1:-0.12 2:0.7 3:0.2 8:-0.12 9:-0.36
s:seen 0:0.61 1:0.24 3:0.18 6:-0.18 8:-0.2 10:0.11
s:sehr 0:0.57 5:-0.15 6:0.31
s:selection 6:0.19
s:self 0:0.34 1:-0.17 2:-0.13 5:-0.53 6:-0.19
s:sell 0:-0.33 2:0.13 5:0.22 6:-0.18
s:seller 4:0.15
s:semi 5:0.21 13:0.11
s:send 0:0.24 1:-0.14 2:0.14 3:0.2 5:-0.54 6:0.75 9:-0.1 13:0.2
s:sense 2:-0.11 5:0.19 6:0.14
s:sensor 5:-0.25 6:-0.12
s:sent 1:-0.47 2:-0.29 3:-0.52 4:-0.27 5:0.27 6:0.63
s:sentence 0:-0.12
s:separate 0:-0.13 1:0.24 2:-0.1 8:-0.11
s:september 0:0.18 5:0.15 8:0.15
s:seriou 2:0.17
s:serv 0:0.47 2:-0.15 4:0.25 5:0.32 7:-0.17
s:server 5:-0.14
s:servic 0:-0.22 2:0.19
s:service 0:0.14 1:-0.31 3:-0.18 5:-0.28 7:-0.27 8:0.12 9:0.14 11:-0.15 12:0.29
s:session 5:-0.44 6:0.36 9:0.24 12:0.29 13:-0.13
s:set 1:0.11 4:0.14 6:0.11 9:0.12
s:sett 1:0.14 3:0.14 6:0.18
s:setting 2:0.21
s:settl 2:0.1 6:-0.2
s:seven 0:0.5 2:-0.16 6:0.1 7:-0.19
s:several 4:0.27 5:0.22 9:0.25 10:0.14 11:-0.11
s:shad 2:0.1 4:-0.24 5:0.12 12:-0.13
s:shade 1:0.18 2:0.21 5:-0.14 9:-0.14
s:shak 1:0.18
s:shallow 1:0.14
s:shamble 0:0.11
s:shame 0:0.4 1:0.21 3:0.24 5:0.47 7:-0.14 12:-0.12
s:shampoo 1:-0.12 2:0.25 5:-0.17
s:shark 5:-0.1
s:sharp 0:0.36 1:-0.29 2:0.37 3:-0.3 4:0.1 5:0.38 7:0.13 12:0.1
s:shatter 3:-0.12 5:-0.11
s:she 1:0.54 2:0.44 4:-0.25 5:0.19 7:0.13 8:0.17 11:0.19 12:0.24 13:0.18
s:shed 0:-0.21 2:-0.14 4:0.16 5:-0.2 9:-0.28 11:0.12
s:sheet 0:-0.18 1:-0.12 2:-0.21 3:0.11 6:0.23
s:shelf 1:0.3 2:0.39 5:-0.11
s:shelve 0:-0.26 2:-0.11 3:0.16 4:-0.23 6:0.16
s:shes 1:0.13 5:0.14 11:0.14
s:shift 0:-0.13 1:-0.33 3:0.17 5:0.12 6:-0.34
s:shine 12:-0.15
s:shirt 2:-0.2 3:-0.37 12:-0.21
s:shock 0:0.12 1:-0.11 5:0.14 6:0.51 12:-0.11 13:0.15
s:shoe 0:-0.24 1:0.1 3:0.29 4:0.12 9:0.1
s:shop 0:-0.24 1:-0.32 2:0.64 3:0.65 4:0.28 5:-0.18 6:-0.14 10:-0.14
s:shoplifter 8:-0.22
s:shopp 0:-0.28 1:0.52 9:0.15
s:shopper 1:0.1 2:-0.18 5:0.19 10:-0.11 12:-0.1
s:short 0:0.1 1:-0.22 2:-0.17 5:0.12 8:-0.12
s:shorter 1:0.18 2:-0.1 5:0.13 12:-0.21
s:shot 5:0.26
s:should 0:-0.43 1:-0.24 5:-0.3 6:0.29 7:-0.11 9:-0.2 11:0.11 13:-0.11
s:shoulder 0:-0.14 1:0.15
s:shout 0:-0.39 1:1.26 2:-0.11 4:0.28 5:-0.56 6:0.14 8:-0.11
s:show 0:-0.92 1:0.13 2:-0.22 3:-0.1 4:-0.21 5:-0.5 6:0.92 9:0.13 13:0.4
s:shower 0:0.39 3:-0.29 4:0.17 5:0.49
s:showroom 2:0.26
s:shrank 1:0.31
s:shrug 1:0.17 2:0.19
s:shrugg 0:-0.17 5:0.29 6:-0.16 8:-0.12 12:-0.15
s:shrunk 1:0.3 5:-0.17
s:shut 0:-0.31 5:-0.12 6:-0.15
s:sick 0:-0.14
s:side 1:0.21 2:-0.17 4:0.41 5:0.56 6:0.25 12:-0.1
s:sigh 0:-0.22 1:0.45 2:-0.17 5:-0.1 6:-0.2
s:sign 2:-0.11 3:-0.23 4:-0.2 5:-0.37 6:-0.47 7:0.18
s:signage 2:-0.14 5:-0.12 6:-0.25
s:signal 0:-0.15 1:-0.17 4:0.27 6:0.17 12:-0.15
s:silence 0:0.19 5:-0.16 6:0.16
s:silent 0:-0.14 3:-0.16 5:0.34
s:silk 2:0.13
s:sim 1:-0.13
s:simp 4:-0.12 5:0.14 12:0.11
s:simple 1:0.13 4:0.43 11:-0.13
s:simpático 1:0.35 5:0.23
s:since 0:0.28 1:-0.12 3:0.22 4:0.12 5:-0.13 7:0.15 8:0.11 9:0.23 10:0.16
s:singl 2:-0.22
s:single 0:-0.39 1:-0.34 3:-0.13 4:-0.85 6:0.33 9:0.14 12:-0.2
s:sink 11:-0.11
s:sir 0:-0.26 3:0.1
s:sister 1:0.1 2:-0.2 5:-0.15 6:-0.1
s:sit 0:0.18 1:0.21 2:-0.12 4:0.13 5:-0.17
s:site 0:0.37 3:0.13 4:0.16 5:0.75 6:0.14 7:0.19 13:-0.12
s:sitt 0:-0.18 4:-0.14 6:0.23 7:-0.13
s:six 0:-0.29 1:0.32 2:-0.52 3:-0.12 5:0.27 6:0.18 7:-0.12 13:-0.12
s:size 0:-0.12 2:0.13 5:0.34
s:skimm 5:0.3 6:-0.11
s:skin 0:-0.11 1:-0.32 2:0.17 4:0.25 5:0.37 11:0.15
s:skip 5:-0.21
s:skirt 0:0.12 2:0.19 3:0.24 5:0.18 10:0.13
s:slap 5:0.83
s:sleep 0:-0.15 1:-0.17 5:0.85 6:-0.12
s:sleeve 3:0.11 5:0.32 10:-0.16 13:-0.13
s:slept 5:0.25 12:0.12
s:slice 5:-0.15 12:-0.13
s:slick 5:0.17
s:slide 5:0.13 6:0.26
s:slight 5:0.15 6:-0.1
s:slightest 1:0.14 5:-0.12 8:-0.23
s:slip 5:0.15
s:slot 0:1.22 1:0.1 3:-0.19 5:-0.25
s:slow 0:0.73 3:0.19 5:0.27 7:-0.2 9:0.13 13:0.18
s:slower 11:-0.18
s:slowest 0:0.22
s:small 1:0.29 4:0.49 5:-0.57 6:0.12 8:0.13 11:-0.17 13:-0.1
s:smaller 4:0.27
s:smart 0:-0.16 2:0.12 3:0.18 5:0.17 6:0.11 12:-0.16 13:0.12
s:smear 2:-0.19
s:smeary 3:0.21 5:0.13
s:smel 3:0.22
s:smell 1:-0.35 2:-0.32 3:1.83 4:-0.14 5:-0.92 12:0.13 13:0.15
s:smelt 3:0.36 5:-0.54
s:smh 0:-0.23 1:-0.2 5:0.39
s:smil 0:-0.11 1:0.27 4:0.14 8:-0.18
s:smile 1:-0.15 2:-0.12 3:-0.29 6:-0.12 8:-0.27
s:smooth 0:0.37 1:-0.14 4:0.24 5:0.17 7:0.11
s:snack 5:0.31
s:snapp 0:-0.14 4:-0.43 5:0.74 12:-0.16
s:snotty 4:0.12
s:so 1:-0.19 2:-0.35 3:-0.16 5:-0.17 6:0.34 7:-0.37 9:-0.2
s:soak 1:0.16 2:0.25 3:-0.15 5:0.52 12:-0.16
s:soap 3:0.12
s:social 6:0.12
s:society 0:-0.13 2:0.18 3:-0.19
s:sock 1:-0.2
s:socket 0:-0.27 1:0.15 5:-0.35
s:sofa 1:0.2 3:0.37 5:-0.41 6:0.16
s:soft 0:-0.17 1:-0.11 5:-0.27 11:0.1
s:software 4:-0.12 6:-0.12
s:soggy 2:-0.22 5:0.25 6:-0.11 8:-0.11 12:-0.19
s:solar 1:-0.15
s:sold 0:-0.22 1:-0.35 2:0.58 5:0.52 6:-0.17 9:-0.13
s:solicitor 2:0.18 5:-0.14
s:solid 3:0.22 5:0.29 12:0.12
s:some 0:-0.2 1:-0.16 3:-0.13 4:0.22 8:-0.14 9:-0.14
s:somebody 1:0.24 2:-0.11
s:someone 0:-0.27 2:0.25 3:0.77 4:0.13 5:-0.16 6:-0.14 9:-0.34 10:-0.23 13:-0.12
s:someth 3:-0.15 5:0.12 9:0.12 12:0.1
s:sometime 5:0.27
s:somewhere 1:0.21 2:0.22 5:-0.14 6:-0.19 8:-0.12
s:sommelier 2:0.15
s:son 0:-0.26 1:0.28 2:0.28 5:0.3 6:-0.1 9:-0.11
s:song 1:-0.34 4:0.6
s:sons 0:-0.19 1:0.22
s:soon 0:-0.13 5:0.22 6:-0.12
s:soooo 0:0.14
s:sore 0:-0.27 1:-0.3 2:0.12 5:0.52 6:0.14
s:sorry 5:0.28
s:sort 0:0.28 1:0.2 2:0.24 3:-0.16 5:-0.4 6:-0.25 7:0.22 9:0.25
s:sound 0:0.11 1:0.85 2:-0.27 3:-0.26 4:-0.26 5:0.26 7:0.15 8:0.29 11:-0.16 12:0.19
s:soup 5:0.15
s:sour 5:0.11
s:sourdough 1:0.14 4:-0.11 5:0.59
s:spa 1:-0.1 2:-0.11 4:0.28 5:-0.13 13:-0.11
s:space 0:-0.11 5:-0.4 6:-0.24
s:spacer 1:-0.2 2:0.19
s:spain 1:-0.13 4:0.18
s:spaniel 1:-0.49 6:0.22
s:spare 0:-0.33
s:sparkl 5:-0.13
s:sparky 1:0.22 3:0.11 5:0.14
s:spay 2:-0.18
s:speak 0:-0.36 1:0.17 2:-0.21 4:-0.18 5:-0.17 6:1.1 9:0.22
s:spec 3:-0.15 5:0.36 6:-0.52 9:-0.21
s:special 0:-0.14 4:-0.15 5:-0.54
s:specialist 0:0.16 2:0.66 5:0.18 9:-0.11
s:specific 0:-0.17 1:-0.23 5:-0.33 6:-0.22
s:speck 3:0.13 5:-0.19
s:speech 5:0.33
s:speed 0:-0.24 2:0.24 5:0.86
s:speedy 0:0.39 5:-0.15
s:spell 6:0.16 13:0.12
s:spelt 5:0.41 6:0.15
s:spend 0:0.31 2:-0.16 3:-0.2 7:-0.24
s:spent 0:-0.27 1:0.24 2:0.11 4:0.12 5:0.16 6:-0.16 7:-0.18 8:0.22
s:spice 5:0.16
s:spill 0:-0.16 10:0.15
s:spin 5:0.26
s:split 1:0.12 2:0.22 5:0.26 6:-0.15 12:-0.11
s:spoil 4:-0.15 5:-0.18
s:spoke 0:-0.28 1:0.34 2:-0.11 4:0.19 5:0.11 6:0.35
s:spoken 0:-0.37 1:0.24
s:sport 3:0.16 5:0.11 6:0.12
s:spot 0:0.41 1:-0.28 2:0.23 4:-0.12 5:0.48 6:0.1 7:0.1 9:0.2 13:0.15
s:spotless 0:-0.28 1:-0.38 3:0.73 4:-0.18 8:0.11 9:0.2 10:1.01 11:-0.13
s:spott 1:-0.22 2:0.4 4:0.14 5:-0.62 6:-0.22 9:0.35
s:spring 5:0.29
s:squat 0:0.1 1:-0.21 5:-0.12
s:squeal 5:0.15
s:squeez 1:0.15 6:-0.48
s:st 4:0.11 5:-0.42 6:-0.12 11:0.11
s:stack 3:0.15
s:staf 1:0.17
s:staff 0:0.16 1:1.15 3:-0.37 6:-0.78 7:-0.19 8:-0.21 9:-0.13 11:-0.19 12:0.22 13:-0.13
s:stage 0:-0.14 4:0.12 5:0.17 6:0.22
s:stain 0:0.16 3:-0.37 5:0.46
s:stair 1:0.12 2:-0.1 3:-0.11 6:0.14
s:stale 4:0.14 5:0.36 12:-0.12
s:stall 1:0.13 3:-0.19 5:-0.22 12:0.11
s:stamp 4:0.55 5:-0.21
s:stand 0:0.72 6:0.33 12:-0.12
s:standard 4:-0.18 6:-0.14
s:stank 3:0.24 10:-0.1
s:star 0:0.22 1:0.23 3:0.52 6:0.1 12:0.18 13:0.13
s:start 0:0.28 1:-0.28 2:-0.61 3:0.85 4:-0.19 5:0.11 6:0.77 7:-0.12 9:-0.11 12:-0.12 13:0.32
s:starter 0:0.13 2:0.29 4:-0.12 6:-0.12 9:-0.13
s:state 1:0.11 3:-0.36 10:-0.14
s:statement 1:0.39 2:-0.35 5:-0.11 6:0.16 13:-0.2
s:station 3:0.21 5:-0.14 6:-0.28 7:-0.13 11:0.12
s:statu 0:-0.29 5:0.29 6:0.35
s:stay 0:-0.13 1:0.38 2:-0.28 3:0.1 5:0.34 6:-0.35 11:-0.13
s:steak 12:0.1
s:steal 4:0.2 6:-0.12 11:-0.11
s:steep 1:0.11 3:0.14 4:0.2 5:0.15 6:-0.2
s:steer 3:0.3 4:0.12 11:0.16
s:stellar 5:-0.21 10:-0.16
s:step 2:-0.25 3:-0.14 4:-0.15 5:-0.2 6:0.61 13:0.29
s:stick 1:-0.11 4:-0.11 6:0.16
s:sticky 0:-0.19 3:0.49 4:-0.1 5:-0.12 10:-0.22 12:0.15
s:still 1:-0.15 3:-0.32 4:0.2 5:0.16 7:-0.5 9:-0.32 11:-0.14 12:-0.25 13:-0.43
s:stink 0:-0.27 5:-0.37
s:stitch 0:-0.35 2:0.11 5:0.11 6:-0.19
s:stock 0:-0.25 2:0.36 5:-0.16 12:-0.11
s:stockroom 3:-0.27
s:stone 0:0.2 5:-0.44
s:stood 0:0.65 1:0.14 2:-0.36 5:-0.22 6:-0.15 7:-0.12 8:-0.16
s:stop 1:-0.21 2:-0.18 4:-0.33 5:0.27 6:0.22
s:stopp 0:-0.21 2:0.1 5:0.15 6:0.43 9:0.17 12:-0.16 13:0.37
s:storage 0:-0.33 3:-0.17 4:0.12 5:0.11 6:0.15
s:store 1:-0.15 2:0.41 6:-0.39 8:-0.13 9:0.17 11:0.18 12:-0.21
s:storie 3:0.1 4:0.12
s:story 0:0.28 1:0.17 2:-0.14 5:0.4 6:-0.1 12:0.2
s:straight 0:0.44 2:0.42 4:-0.13 6:0.13 7:0.22 9:0.19 10:-0.13 12:0.13 13:0.17
s:straightforward 0:0.24 5:-0.1 6:0.14
s:strap 0:-0.1 1:0.16 4:0.15 5:-0.2 12:0.11
s:straw 1:-0.32 3:0.33
s:strawberrie 0:-0.18 4:-0.14 5:0.13
s:streak 5:0.5
s:street 0:-0.23 1:0.2 2:0.19 3:0.11 5:-0.2 6:0.14
s:streetlight 0:0.43 5:-0.4 7:-0.24
s:strength 2:0.14 4:-0.12
s:stress 1:-0.19 2:0.27 5:-0.15
s:stretch 1:0.18 4:0.17 5:0.17
s:strimmer 5:-0.25
s:strong 0:0.3 1:-0.24 2:-0.16 5:-0.18 6:-0.21 10:-0.12
s:structure 2:0.19 6:-0.11
s:struggl 5:-0.17
s:stuck 3:0.21 5:-0.23 6:-0.2 7:0.11 10:-0.28
s:student 0:0.43 1:-0.34 3:-0.18
s:study 1:0.24 5:-0.43 8:-0.11
s:stuff 1:-0.42 2:0.78 8:-0.12 9:0.33 12:-0.12
s:stunn 5:0.93 6:-0.29 12:0.17
s:stupid 4:-0.1
s:stylist 0:-0.12 1:0.3 2:-0.1 5:0.12 6:0.13
s:sub 5:-0.14
s:submitt 0:0.14 3:0.13
s:subscription 0:0.29 1:-0.2 4:0.28 5:-0.22 6:0.17 11:0.16
s:substantive 0:-0.16
s:substitution 0:-0.17 4:-0.11 5:0.49 6:-0.1
s:such 0:-0.12 1:0.21 2:-0.13 5:-0.28 6:-0.1
s:sue 0:0.11 6:0.12
s:suggest 2:0.39 5:-0.1 9:0.11 10:-0.13
s:suggestion 2:0.17 6:-0.13
s:suit 0:-0.13 1:0.3 2:0.11 3:-0.4 5:0.33 7:0.15
s:suitcase 5:0.41 12:-0.11
s:sum 3:-0.2 5:0.14
s:summ 6:-0.16 8:0.11
s:summary 0:-0.12 1:-0.45 5:-0.18 6:0.12 11:0.15 13:0.17
s:summer 1:-0.31 2:0.1 5:0.21
s:sunday 0:-0.31 1:0.12 4:-0.15 5:0.14 11:-0.12
s:sunglass 5:0.56
s:super 3:0.11 4:-0.11 5:0.78 12:0.15
s:superb 5:-0.24 7:0.18
s:supermarket 0:0.21 1:0.12 3:0.11 4:0.35 6:-0.22 12:0.15
s:supervisor 0:0.16 1:0.35 5:-0.19 6:-0.15
s:supplement 2:0.18 5:-0.1
s:supplier 0:-0.14 4:0.19 5:0.29 6:-0.21 7:0.1 11:0.12
s:support 0:0.24 1:-0.18 2:0.14 5:0.16 6:0.37 9:-0.12 12:0.12
s:supportive 1:-0.13
s:suppose 1:-0.28 5:-0.15
s:supposed 1:0.24
s:surcharge 3:-0.1 4:-0.13 6:0.13
s:sure 0:-0.44 9:-0.22
s:surface 0:0.22 5:0.13
s:surgery 0:0.55 1:-0.2 2:0.1 3:0.76 5:-0.46 8:-0.15 9:0.14 10:0.2
s:surpris 1:-0.28 2:-0.17 4:-0.18 6:-0.28 10:0.15 11:0.22 12:0.1
s:surprise 5:0.17
s:surprising 2:0.18 3:0.17
s:survey 1:-0.12 2:0.29 4:-0.28 5:0.25 9:0.1
s:surveyor 2:0.45 6:-0.13
s:swamp 0:0.15 5:-0.11
s:swap 0:-0.12
s:swapp 0:-0.18 1:-0.15 5:0.13 6:0.45 13:0.18
s:sweep 0:-0.2 1:-0.11 3:0.22
s:sweet 0:0.19 1:0.11 5:-0.34
s:swept 1:-0.11 3:0.91 5:-0.12 10:0.4
s:swim 0:-0.11 1:0.18 3:0.25 5:0.24 6:-0.1 11:0.16 12:0.13
s:swimm 0:-0.16 1:0.18 3:-0.32 4:-0.34 11:0.21
s:swimmer 3:0.13
s:switch 1:-0.27 2:-0.24 4:0.21 5:-0.63 7:0.1
s:sympa 4:0.22 5:0.26
s:symptom 1:0.12 2:0.12 9:-0.14
s:syrup 1:-0.19 5:-0.29
s:system 0:0.15 1:0.14 3:-0.21 4:0.14 11:0.14 12:-0.15 13:-0.16
s:ta 0:0.1 1:-0.17 3:0.13 5:-0.11 10:0.2
s:table 0:0.35 1:0.3 2:0.2 3:0.38 4:-0.13 5:-0.21 6:-0.1 7:0.13 10:-0.32
s:tablet 0:0.26 1:-0.13 2:0.8 3:-0.13 5:-0.36 7:0.13 9:-0.15 13:0.1
s:tag 1:-0.3
s:tailor 0:0.27 5:0.14 13:-0.1
s:take 0:0.42 1:0.56 2:-0.14 3:-0.2 4:0.33 5:0.15 6:-0.36 7:-0.23 9:0.16
s:takeaway 0:0.12 2:-0.1 4:0.37 6:-0.19
s:taken 12:0.12
s:taking 0:0.23 5:-0.27 6:-0.1
s:talk 0:0.16 1:0.78 2:0.55 3:-0.12 4:-0.16 6:-0.55 8:-0.19 9:0.26
s:tan 0:-0.17 2:0.34 5:0.46
s:tank 5:0.16 6:-0.13
s:tap 1:0.15 2:-0.13 3:-0.14 5:0.4 6:-0.17 11:-0.1 12:-0.14
s:tape 3:0.4 5:-0.24
s:taper 12:-0.19
s:target 0:-0.16 2:0.14 6:0.21
s:tariff 1:-0.18 2:0.1 4:-0.29 5:-0.32
s:tast 3:-0.13 5:0.33 6:0.11
s:taste 0:-0.12 2:-0.11 5:1.03 12:-0.32
s:tasty 5:0.62
s:tattoo 1:0.1
s:taught 2:0.22 6:-0.49
s:tax 0:-0.28 1:-0.11 2:0.41 4:0.16 5:-0.14 6:-0.1
s:taxi 0:-0.22 3:-0.16 4:-0.1 5:0.68 12:-0.14
s:tbh 0:-0.38 2:0.18 6:-0.15 11:0.28 12:-0.12
s:tea 0:0.27 1:-0.24 5:-0.12
s:teach 0:0.15 1:0.11 6:-0.23
s:teacher 0:-0.63 1:0.3 2:-0.11 6:0.54 12:0.16 13:0.19
s:team 0:0.17 2:0.14 4:-0.32 5:0.12 6:-0.24 7:0.27 10:0.16
s:tear 3:-0.12 5:0.1 6:0.28
s:teas 1:0.14 3:0.14 6:0.19
s:tech 0:0.17 1:-0.33 5:0.43
s:technical 4:-0.12 5:0.26
s:technician 0:0.22 1:-0.2 2:0.51 5:-0.41 6:0.46 13:0.15
s:technique 6:-0.19
s:teenager 6:-0.11
s:teeth 1:0.23 2:-0.21 3:-0.22 4:0.16 5:0.62
s:telephone 5:0.12
s:tell 0:0.19 1:-0.29 2:0.61 3:0.14 4:0.18 5:0.14 6:0.87 7:-0.16 9:-0.2 11:0.12 13:-0.11
s:temperature 5:0.24 12:-0.11
s:template 1:-0.14
s:ten 0:0.37 4:-0.14 5:-0.36 6:-0.11 7:0.13 8:-0.22 11:-0.2 12:0.12
s:tenancy 4:0.11
s:tenant 0:0.16 3:0.14 5:-0.24
s:tenner 2:-0.17 4:0.34 5:-0.29 11:0.18
s:tenni 1:0.17 5:0.25
s:term 5:-0.22 7:-0.12 11:-0.13
s:terminal 1:-0.11
s:termination 6:0.16
s:terrible 0:0.18 2:0.21 5:0.12
s:terrifi 1:0.19 2:-0.12 5:-0.11 11:0.12
s:test 0:0.1 2:0.4 4:0.18 5:-0.11 6:0.19 7:0.1 11:-0.19
s:tester 4:-0.11 6:0.15 12:0.1
s:text 0:-0.41 1:0.11 2:-0.78 3:-0.34 4:-0.37 5:-0.5 6:2.19 12:-0.13 13:0.7
s:th 0:0.23 5:-0.17 7:-0.1 13:-0.1
s:thai 0:0.29 5:0.21 6:-0.11
s:than 0:0.24 2:-0.19 5:0.23 6:-0.23 7:0.18 8:0.19 9:0.19 10:0.32 11:0.13 12:0.22
s:thank 0:-0.5 1:-0.49 3:-0.44 4:-0.33 5:-0.41 6:0.32
s:thankful 2:0.15 5:-0.12
s:that 2:0.23 3:-0.13 4:0.15 5:-0.17 8:0.29 9:-0.13 10:-0.13 12:-0.14
s:the 0:-0.61 1:-0.42 2:-0.15 3:-0.1 4:-0.51 5:-0.29 6:0.33 9:-0.27 10:-0.17 12:-0.27
s:theatre 0:0.14
s:their 0:-0.16 1:0.56 2:-0.19 3:-0.13 4:-0.33 5:-0.12 6:0.15 8:-0.28 9:0.44 13:0.24
s:them 0:0.14 1:0.36 2:0.27 3:-0.14 9:-0.17
s:themselve 1:0.13 2:-0.23 5:0.33 6:0.43 8:0.14 12:0.1
s:then 0:0.31 1:0.27 2:-0.22 3:0.31 5:-0.14 6:0.54 7:-0.21 9:-0.38 11:-0.2 13:-0.33
s:theory 0:0.1 4:-0.27 5:-0.35
s:ther 4:0.11 6:0.18
s:therapist 0:-0.13 2:0.26 5:-0.26 8:-0.1
s:there 0:0.34 2:-0.16 4:-0.27 7:-0.16 10:-0.22 11:0.11 13:-0.21
s:thermal 0:0.13 2:0.21 5:-0.2
s:thermostat 1:0.11 3:0.15 4:-0.26 6:0.16
s:these 1:0.26 4:-0.3 5:-0.2 8:-0.11 9:0.11 12:0.11
s:they 1:-0.21 2:-0.16 3:-0.18 5:0.14 6:0.46 9:-0.57 10:0.13 13:0.17
s:theyd 1:0.18 2:-0.16 4:-0.11 5:-0.38 6:0.2 13:0.14
s:theyll 0:0.39 5:-0.17
s:theyre 1:-0.17 2:0.13 6:-0.15
s:theyve 1:-0.25 2:-0.21 3:0.16 5:0.18 6:0.13
s:thing 0:-0.16 1:0.41 3:0.18 5:-0.12
s:think 0:-0.14 1:-0.29 3:-0.15 4:0.84 5:0.22 8:-0.12
s:thinn 5:0.14
s:thinner 5:-0.17
s:third 0:-0.32 1:-0.17 2:0.22 5:0.27 9:-0.17 12:-0.1 13:-0.12
s:thirty 4:0.1
s:this 0:-0.3 1:-0.14 2:0.44 3:-0.14 5:-0.28 6:-0.14 7:0.15 8:-0.12 10:0.22 11:0.18
s:tho 1:0.2 5:0.5 8:0.14 12:0.13
s:thorough 1:-0.28 2:-0.27 5:0.59 12:0.12
s:those 0:0.18 1:-0.21 2:0.2 3:-0.25 4:-0.18 5:0.28 9:0.11
s:though 0:0.75 1:0.35 2:0.21 3:0.35 4:0.35 5:0.2 6:-0.33 7:-0.15 8:0.14 10:-0.16 11:-0.12 12:0.23 13:-0.15
s:thought 2:0.28 3:0.28 4:0.15 5:0.21 6:-0.12
s:thousand 2:0.18 6:-0.18
s:three 5:0.4 6:0.29 7:-0.14 9:-0.19 12:-0.39 13:-0.41
s:threw 0:-0.14 1:0.11
s:thrill 5:0.23 6:0.14 12:0.13
s:through 0:0.57 2:-0.26 6:0.46 9:0.29 13:0.58
s:throughout 5:0.22 6:0.13
s:throw 1:-0.11 4:-0.15 5:0.12 12:-0.18
s:thru 0:0.13 5:-0.15
s:thursday 0:0.34 1:0.12 3:-0.23 5:0.1 7:-0.34 9:0.13
s:thx 1:-0.24 6:0.12 12:0.17
s:thyroid 2:0.29 5:-0.17
s:tick 2:0.14
s:ticket 0:0.59 4:0.34 5:0.49 6:-0.24 7:-0.13 8:-0.1
s:tidi 5:0.38
s:tidiest 3:0.16
s:tidy 0:-0.1 1:-0.32 4:-0.14 5:0.19 6:-0.24 10:0.24
s:tier 5:-0.14
s:tighten 3:-0.14 4:0.23 5:-0.28
s:tile 1:-0.23 2:0.13 9:0.15
s:till 0:0.81 2:-0.62 5:-0.32 6:-0.18 7:-0.24 12:0.18
s:timber 5:0.2
s:time 0:0.42 1:0.49 2:-0.38 3:-0.17 4:-0.18 6:0.83 8:-0.21 10:-0.22 12:-0.18 13:-0.18
s:timeline 1:-0.17 6:0.22
s:timetable 0:0.12 1:-0.11 5:-0.11
s:timing 0:-0.15 4:0.1
s:tin 5:0.15
s:tiny 5:0.15
s:tip 0:-0.11 1:0.26 2:-0.16 3:1.05 4:-0.26 5:-0.22 6:-0.22 8:0.14 10:-0.28 12:0.19
s:tipp 0:0.23 6:-0.15
s:tired 0:0.29
s:to 1:0.34 2:-0.14 3:-0.53 4:-0.18 5:-0.42 6:0.22 7:-0.28 8:-0.25 9:-0.11 10:-0.38 11:-0.11 12:-0.21 13:-0.13
s:toast 11:-0.11
s:toaster 3:-0.13
s:toastie 5:-0.21
s:today 0:0.52 1:-0.3 3:-0.21 5:0.11 8:-0.26 10:-0.29
s:toddler 0:-0.19 1:-0.1 5:0.24
s:todo 5:-0.23
s:together 0:-0.16 1:-0.16 2:0.2 5:-0.1 6:-0.26
s:toilet 0:-0.75 2:-0.31 3:1.65 4:-0.15 5:-0.45 6:-0.27 10:-0.25 11:-0.14
s:told 2:1.11 3:-0.23 4:-0.36 5:-0.43 6:0.11 7:-0.28 8:-0.17 9:-0.51 11:-0.14 12:-0.14 13:-0.47
s:tom 1:0.16
s:tomato 0:-0.31 5:0.84 12:-0.2
s:tomatoe 5:0.57 12:-0.12
s:tomorrow 0:0.19 7:-0.17
s:tone 0:0.1
s:toner 12:0.1
s:tonight 5:-0.12
s:too 1:0.43 2:-0.29 4:0.23 5:0.66 6:-0.12 8:0.21 11:-0.24 13:-0.15
s:took 0:0.87 1:0.13 2:0.2 3:0.11 4:-0.3 6:-0.13 8:0.49
s:tool 2:0.14 5:0.2
s:tooth 1:0.13 5:-0.12
s:top 0:-0.15 2:0.35 3:0.27 4:0.14 5:0.55 6:0.53 9:0.13 10:-0.12 11:-0.22
s:topic 0:-0.1 5:-0.21
s:torch 5:-0.17
s:torn 5:-0.25 12:0.11
s:total 1:0.17 2:-0.29
s:touch 0:-0.24 1:-0.17 2:-0.22 3:0.23 4:0.15 5:-0.13 11:0.11
s:tour 5:0.37
s:toward 4:-0.1
s:towel 1:-0.18 2:-0.11 3:0.23 5:-0.32 10:-0.16
s:town 0:-0.22 1:0.46 3:-0.15 4:0.5 5:-0.1 6:-0.23 12:0.15
s:toy 5:0.46
s:track 0:-0.2 1:-0.24 6:0.67 9:0.12 12:-0.12 13:0.19
s:tracker 2:-0.12 5:0.43 6:0.32 12:0.16
s:trade 2:0.25
s:traffic 1:0.41
s:train 0:-0.34 1:-0.23 2:0.2 3:0.12 4:-0.32 5:-0.39 6:0.42 11:-0.2 12:0.14 13:-0.11
s:trainer 1:-0.13 2:-0.13 4:0.2 5:-0.1
s:trampoline 1:0.22
s:transaction 0:0.17 1:0.13 5:-0.24 6:-0.12 11:-0.1
s:transfer 0:0.6 1:-0.22 4:0.11 5:-0.4 6:0.21 7:0.11
s:transferr 5:0.5
s:travel 1:-0.12 5:-0.17
s:traveller 0:0.17 1:0.1 4:-0.12
s:tray 8:-0.1 12:-0.12
s:treadmill 0:-0.13 5:0.24
s:treasure 0:0.12 1:0.12 4:0.2
s:treat 0:-0.23 1:0.33 2:0.37
s:treatment 1:-0.21 3:-0.13 4:0.43 5:0.13 11:-0.14
s:triage 5:-0.17
s:tried 1:-0.18 2:0.16 4:0.32 5:0.15 6:-0.18 11:-0.13 13:-0.11
s:trigger 6:-0.12
s:trim 2:-0.2 3:-0.18 4:-0.15 5:0.45 6:0.11 8:0.11 12:-0.15
s:trimm 3:-0.22 5:0.18
s:trip 5:0.32 6:-0.14 13:-0.11
s:tripp 0:-0.26 5:0.2 6:-0.13
s:trolley 0:0.43 1:-0.42 3:0.47 5:-0.22 6:-0.12
s:trop 0:0.33 1:0.12 4:0.19 5:0.13 11:-0.17
s:trouser 12:-0.19
s:truck 5:-0.11
s:truly 0:-0.16
s:trust 0:-0.17 2:0.41 5:-0.4 6:-0.12
s:truth 1:-0.13 5:0.19
s:try 1:0.65 5:0.25 8:0.17 13:-0.11
s:trying 0:0.34 3:0.22 4:-0.16 6:-0.18 8:-0.12
s:trè 1:0.33 2:0.11 4:0.93 5:0.17 9:0.1
s:tube 5:0.51
s:tuesday 0:0.54 2:-0.26 4:-0.11 5:0.13 6:-0.11 12:0.12 13:-0.14
s:turn 0:0.66 1:-0.48 2:0.21 3:-0.18 5:0.19 6:0.17 11:0.14
s:turnaround 0:0.14 5:-0.16 6:-0.12
s:tutor 0:-0.19 1:-0.28 2:0.17 5:-0.18 6:-0.22 9:-0.16 12:0.14
s:tv 0:-0.3 1:0.16 5:-0.48 6:-0.17
s:twelve 0:0.14 1:-0.14 2:-0.17 4:0.12
s:twenty 0:0.61 2:0.25 3:-0.27 5:0.1 6:-0.27 7:0.13 12:0.14
s:twice 0:-0.19 1:0.27 2:-0.18 3:0.18 5:-0.17 6:0.38 7:-0.1 10:0.13 11:-0.16 12:-0.25
s:twin 5:0.33
s:twitter 6:0.12
s:two 0:0.31 1:0.1 2:0.35 3:-0.34 5:0.21 7:-0.24 8:-0.13 11:0.17 12:-0.2
s:tyre 2:0.28 3:-0.11 4:0.69 5:-0.21 6:-0.28 7:0.16 9:0.14 11:-0.13 12:0.11
s:u 0:-0.17 1:-0.18 5:-0.17
s:umbrella 1:0.18
s:un 0:0.34 1:-0.19 4:0.23
s:unable 0:0.12 2:0.15 5:0.19
s:unacceptable 0:0.1 5:-0.1
s:unanimou 4:0.17
s:unanswer 5:0.21 12:0.16
s:under 0:-0.1 1:0.19 2:0.14 3:0.4 4:-0.33 5:0.12 6:-0.28 7:0.36 8:-0.13 11:0.21 12:0.15 13:0.11
s:undercook 4:0.14 5:0.18
s:understand 0:-0.76 1:-0.43 2:0.57 4:-0.12 5:-0.69 6:1.13 13:-0.16
s:understandab 2:0.11 6:-0.37
s:understood 0:-0.22 2:0.1 4:-0.15 5:-0.23 6:0.51 13:0.24
s:underwhelm 0:-0.16 5:-0.59
s:uneven 2:-0.16 5:0.2 6:0.37
s:unfair 0:0.22 1:-0.24 5:-0.15
s:unflappable 1:0.28 4:-0.11
s:unfortunate 2:-0.17
s:unhelpful 0:0.13 1:0.47 2:0.17 5:-0.21 6:-0.11 8:0.14 9:-0.16
s:unhurri 1:0.17 2:0.18
s:uni 0:-0.27 2:0.15 3:0.18 4:-0.15 5:-0.24 6:-0.13
s:uniform 0:-0.13 1:-0.12 2:-0.35 5:-0.43
s:union 0:-0.19 1:0.44 4:0.17 6:-0.23 8:0.12 11:0.11
s:unit 5:-0.15
s:university 0:0.32 5:-0.11
s:unkind 1:0.4 5:-0.1
s:unlike 5:-0.2
s:unlock 0:0.12
s:unreadable 5:0.39
s:unreal 0:0.14 1:-0.11 3:-0.19 5:0.56 11:0.22 12:0.23
s:unreasonable 5:-0.24 11:0.17
s:unsure 4:0.11 6:0.1
s:until 0:0.23 1:-0.16 6:0.8 7:-0.21 11:-0.16 13:-0.28
s:up 0:-0.12 2:-0.47 3:0.34 5:-0.13 7:-0.26 9:0.1 10:0.56 11:-0.22 12:-0.1 13:-0.26
s:updat 0:0.26 1:-0.13 6:0.38 13:0.19
s:update 0:-0.19 1:-0.12 2:0.12 3:-0.13 12:-0.27
s:upfront 6:-0.15
s:upgrad 1:-0.21 2:0.2 5:-0.16 6:0.14
s:upgrade 5:0.3 6:0.33
s:upload 0:-0.12 5:-0.1 6:0.25 13:-0.11
s:upsell 0:0.18 1:0.84 3:-0.17 4:-0.56 5:-0.23 6:-0.22
s:upset 1:0.1
s:upstair 0:0.11 5:-0.29
s:ur 5:-0.12 6:-0.25
s:urgent 0:0.63 1:-0.35 2:0.22 6:-0.19
s:us 0:0.11 1:0.16 2:0.26 3:-0.19 5:-0.49 6:-0.22 8:0.16 9:-0.28 11:0.17 12:-0.13 13:0.2
s:usage 4:-0.13
s:use 0:-0.11 1:-0.35 2:0.58 5:0.24 6:-0.3 8:-0.12 9:0.15
s:used 1:0.19 4:0.25 6:-0.32 7:0.27 10:-0.17
s:useful 0:-0.1 1:-0.18 2:-0.25
s:useless 2:0.13 4:0.16 6:-0.21 12:-0.11
s:user 1:-0.11 4:0.11 5:-0.27
s:usher 1:0.21
s:using 2:0.37 5:-0.11 10:-0.12
s:usual 0:-0.18 4:0.2 5:-0.29 6:-0.15 7:0.13 11:0.11
s:v 0:-0.13 1:0.38 2:-0.21 5:0.46 12:0.12
s:valet 0:0.32 3:0.6 4:0.21 5:0.47 6:-0.14 11:0.11
s:valid 1:-0.1 2:0.21 5:0.11
s:valu 0:-0.16 1:0.14 4:-0.12 11:0.13
s:value 0:-0.15 4:1.2 5:-0.59 11:0.39
s:valve 4:0.15 5:-0.15
s:van 2:-0.13 4:-0.11 5:-0.41
s:vans 1:0.48
s:variable 2:0.15
s:varifocal 0:0.1 2:0.18 5:0.28
s:vat 2:-0.22
s:veg 0:-0.24 1:-0.1 2:0.1 6:-0.19
s:vegan 5:0.13 12:-0.12
s:vegetarian 2:0.13 5:0.23 12:-0.11
s:vein 0:0.13 2:0.32 5:0.1 9:0.13
s:vend 1:0.29 7:-0.15
s:venue 1:-0.23 2:-0.14 4:-0.11 5:-0.26 6:0.31
s:version 2:0.15
s:very 1:-0.18 2:0.45 4:0.17 5:0.26 8:0.26 9:0.15 10:0.14 11:0.11 12:-0.12
s:vet 1:0.25 2:0.13 5:-0.26 6:0.33 8:0.12 12:0.1
s:vets 0:0.13 5:-0.36 6:-0.24
s:via 6:-0.16
s:video 1:-0.22 2:-0.17 5:0.12 6:0.42
s:view 0:-0.13 1:-0.23 2:-0.29 3:-0.46 5:-0.49 12:-0.18 13:0.13
s:viewing 1:-0.13 5:0.14
s:vile 1:0.13
s:violin 13:0.15
s:visa 2:0.14
s:visible 5:0.16
s:visit 2:0.39 5:-0.37 6:-0.27 7:0.17 8:-0.18 9:-0.28
s:visitor 3:0.2 5:0.39
s:vivaldi 0:0.29 6:-0.11 7:-0.1
s:voice 2:0.24
s:voicemail 0:-0.48 5:0.18 6:0.28
s:volume 2:-0.12 6:0.16
s:volunteer 1:0.33 2:0.14 4:-0.24 5:-0.43 13:0.17
s:voucher 0:-0.11 4:0.19 5:-0.25
s:vraiment 5:0.11
s:wage 4:-0.3
s:wait 0:1.49 1:-0.23 2:-0.45 4:-0.72 5:-0.42 6:0.12 8:0.31 11:0.2 12:0.41
s:waitd 0:0.72
s:waiter 0:0.23 1:0.63 5:0.48 6:0.13 8:-0.13 10:-0.19
s:waitin 0:0.18 5:-0.1 6:0.4
s:waitress 5:-0.11 6:-0.1
s:walk 0:0.42 1:0.49 2:-0.23 3:-0.11 4:-0.31 5:-0.64 6:0.2 7:-0.14 11:-0.1 13:0.25
s:walker 5:-0.32 6:0.21
s:wall 1:-0.2 3:-0.23 5:0.21
s:want 1:0.6 2:-0.41 4:0.29 5:-0.24 11:0.15 13:-0.12
s:war 5:0.19
s:ward 0:-0.22 3:0.38 4:-0.12 5:-0.22 13:-0.14
s:warden 1:0.8 6:-0.19
s:wardrobe 3:-0.18 4:0.1 5:0.13
s:warehouse 0:0.18 4:0.11
s:warm 0:-0.22 1:0.16 3:0.21 4:0.15 5:0.48 10:0.14
s:warmer 0:-0.16 1:0.33 5:-0.15
s:warmest 1:0.23 8:-0.12
s:warn 2:0.22
s:warranty 1:0.18 2:0.3 3:-0.12 4:0.14 6:-0.12 9:-0.11 12:-0.12
s:was 0:-0.16 2:-0.16 7:-0.12 8:0.11 9:-0.17 11:0.19 12:-0.25
s:wash 1:0.4 2:-0.11 4:-0.19 5:0.25 6:-0.14 12:-0.21
s:washer 2:0.12 3:0.23 5:-0.21
s:wasnt 0:0.29 1:0.16 3:-0.12 5:-0.26 6:0.34 8:-0.16 9:-0.14 11:0.14 13:-0.16
s:wasp 8:-0.24
s:wast 6:0.1
s:waste 4:-0.24 5:0.12
s:watch 0:0.1 4:0.16 5:-0.3 6:0.17
s:water 1:-0.14 3:-0.14 4:0.1 5:0.67 8:0.12
s:waterlogg 2:-0.1 5:0.3
s:way 5:-0.17 6:0.15 11:-0.21 12:-0.17
s:we 0:0.17 2:-0.16 3:-0.19 4:0.32 5:0.13 6:0.35 8:-0.14 9:-0.12 10:0.3 11:-0.1 13:-0.12
s:wear 0:-0.14 1:-0.46 5:0.15
s:web 1:-0.14 5:0.11
s:website 1:0.14 2:0.16 4:0.22 5:0.15 6:-0.16 9:-0.18 11:-0.2 13:-0.11
s:wed 0:0.14 3:-0.21 4:0.2 5:0.21 6:0.34 12:-0.15 13:-0.21
s:wedd 0:-0.32 1:0.2 2:-0.15 5:0.45 6:0.47 12:0.14
s:wednesday 0:0.4 1:-0.19 3:-0.2 5:-0.17 7:0.11 12:0.11
s:wee 3:0.13 10:-0.11
s:week 0:0.39 1:-0.36 2:-0.15 3:-0.12 4:-0.76 5:0.1 6:0.2 7:-0.56 9:-0.26 10:-0.22 11:-0.18 12:0.15 13:-0.21
s:weekday 0:-0.12
s:weekend 2:-0.18 5:0.45 6:-0.11 7:-0.11 8:-0.15
s:weevil 5:0.11
s:weigh 2:0.15 4:0.17
s:weight 5:0.16
s:welcom 0:-0.12 1:0.27 8:-0.25
s:welcome 0:-0.13 1:0.87 5:-0.12 8:-0.11
s:well 0:-0.12 2:-0.18 4:0.61 5:0.18 12:0.35 13:0.12
s:wen 1:0.33
s:went 0:-0.36 1:-0.29 4:-0.54 11:-0.18
s:wer 5:-0.14
s:were 1:0.41 3:0.31 4:0.18 5:-0.16 6:0.39 7:-0.28 8:0.14
s:werent 0:0.15 1:-0.16 2:-0.29 5:-0.14 6:0.36 12:-0.21 13:0.13
s:wet 3:0.33 4:0.13 5:-0.25 12:0.11
s:weve 1:0.21 4:0.25 5:0.15 6:-0.22 7:-0.14 10:-0.22 12:0.15
s:what 0:-0.18 1:-0.35 4:-0.14 5:-0.32 6:0.5 11:-0.11 13:0.33
s:whatever 0:-0.13 12:0.13
s:whatsapp 2:-0.23 6:0.26
s:whatsoever 1:0.11 5:-0.19 6:0.13
s:wheel 0:0.11 2:0.25 4:0.16 5:0.54 6:0.11 7:-0.1 11:0.1 13:-0.12
s:when 4:0.32 6:0.68 9:-0.16 11:-0.35 12:-0.2 13:-0.12
s:whenever 1:0.14 4:0.38 6:-0.15
s:where 0:-0.14 2:-0.12 5:-0.34 6:0.63 7:0.2 9:-0.12 10:0.13 13:0.34
s:whether 0:-0.26 1:-0.62 2:0.27 4:-0.17 5:-0.67 6:-0.11 9:-0.41 13:-0.19
s:which 1:-0.47 2:0.39 3:0.13 4:0.12 5:-0.11 6:0.17 7:0.2 8:0.21 10:0.26 12:0.15 13:0.29
s:while 0:0.29 1:0.35 2:-0.33 3:-0.17 4:0.18 5:-0.28 6:-0.18 8:-0.23 11:0.14 13:0.14
s:white 0:0.14 2:-0.1 5:0.2
s:whiten 4:0.17 5:0.61 11:-0.1 12:-0.14
s:who 1:0.3 2:0.33 4:-0.13 5:-0.27 9:-0.19 10:-0.19 11:-0.11 12:0.18 13:-0.18
s:whod 1:0.11
s:whoever 4:-0.1 6:-0.1
s:whole 0:-0.11 1:0.12 6:0.18 8:-0.2 9:0.1 12:-0.12
s:whom 1:-0.2 2:0.23 4:-0.31
s:whoop 4:-0.35
s:whos 0:-0.15 1:0.27 2:-0.16 5:-0.27 6:-0.24 11:0.1
s:why 0:0.83 1:-0.27 2:-0.18 5:-0.32 6:0.6 7:-0.16 11:0.16 12:0.18 13:-0.15
s:wide 8:-0.2
s:width 5:0.2 8:0.15
s:wife 0:-0.17 1:-0.17 5:-0.14
s:wifi 0:-0.19 1:-0.34 4:-0.34 5:0.93 6:-0.49 12:-0.17
s:will 0:-0.27 2:-0.44 4:-0.32 5:-0.49 7:-0.18
s:win 4:-0.21
s:window 0:0.23 1:-0.31 3:-0.54 5:0.45 6:0.13 9:-0.12 10:0.11 11:0.15 12:0.15 13:0.12
s:windscreen 5:0.12 7:0.15
s:wine 1:-0.42 2:0.13 4:0.15 11:0.15 12:0.19
s:winter 2:-0.1 4:0.16 5:0.15 12:0.15
s:wipe 3:0.32 10:-0.14
s:wiped 0:0.2 1:-0.15 3:0.28 5:-0.15 10:-0.36
s:wiper 11:-0.12
s:wire 2:0.12
s:wise 0:0.21 6:0.11
s:wish 0:-0.15 4:0.15 5:-0.21 13:-0.13
s:with 0:0.11 1:0.61 3:0.21 4:0.26 5:-0.12 6:0.15 7:-0.12 8:0.16 9:0.2 12:0.17
s:within 0:0.32 1:-0.15 4:-0.32 5:0.23 6:0.28 7:0.56 8:-0.13 12:-0.22 13:0.32
s:without 0:0.17 2:0.43 3:-0.49 4:0.36 5:0.38 6:0.55 7:0.11 8:0.34 12:-0.37
s:wiv 4:0.16 5:-0.15
s:wks 5:-0.19 6:0.19
s:wobbl 5:0.19
s:woman 0:-0.15 1:0.57 5:-0.12 6:-0.38
s:wonder 4:-0.27
s:wonderful 0:0.26 1:0.11 6:0.1
s:wonky 1:0.1 4:0.14 5:0.14
s:wont 0:0.11 3:-0.13 4:0.17 5:0.3 6:-0.1 8:-0.13 12:-0.21
s:wool 0:-0.34 1:0.28 5:0.37
s:word 0:-0.23 2:-0.18 6:-0.12 9:0.12 13:-0.14
s:wordpress 5:0.23
s:wore 3:0.46 5:-0.25
s:work 0:0.23 2:0.56 3:0.27 4:-0.6 5:0.17 7:0.19 11:-0.21 12:0.3
s:workshop 0:0.2 5:0.2
s:world 1:-0.11 6:0.1
s:worn 1:-0.24 2:0.24 4:-0.19 6:0.4 9:0.18 13:0.16
s:worse 1:0.12 5:0.22 6:-0.28 12:-0.15
s:worst 0:-0.16 1:-0.32 4:-0.12 5:-0.39 6:-0.2
s:worth 0:-0.26 1:-0.17 2:0.21 3:-0.42 4:0.65 5:0.5 11:0.39 12:0.43 13:0.16
s:wot 2:0.32 3:0.55 5:0.17
s:would 0:0.16 1:-0.42 2:0.18 5:-0.18 7:0.18 13:-0.15
s:wouldnt 2:-0.11 5:0.2 6:0.16 8:-0.17 9:-0.1 13:-0.19
s:wow 0:0.37 1:0.12 5:-0.26 7:-0.18 8:-0.22
s:wrap 5:0.51
s:wrapp 2:-0.13 3:0.28 12:0.3
s:wrist 0:0.17 5:-0.32
s:writ 1:0.26 2:-0.2
s:write 0:-0.19 1:-0.17 5:-0.16 8:0.17
s:written 6:0.66
s:wrong 0:-0.29 2:1.21 3:-0.19 4:-0.23 5:-0.22 6:-0.59 8:-0.15 9:-0.31 12:-0.18
s:wrote 0:0.2 1:-0.26 2:-0.13 4:-0.26 5:0.22 6:0.3 7:0.1 13:0.13
s:wudnt 5:0.6 12:-0.11
s:x 0:-0.37 1:0.27 3:-0.12 5:-0.13
s:xx 1:-0.2
s:yaar 0:0.16
s:year 0:-0.25 1:0.2 2:0.28 3:-0.36 5:0.1 6:-0.1 7:0.13 8:0.22 12:0.46 13:0.24
s:yes 0:0.11 1:-0.21 2:0.44 4:0.13 5:-0.15 9:-0.24
s:yesterday 4:0.1 5:0.48
s:yet 0:-0.21 1:-0.12 4:-0.23 5:-0.34 6:-0.33 9:0.21
s:yoghurt 4:0.1 5:0.14
s:yonk 0:0.11
s:york 3:-0.11
s:you 1:0.15 2:-0.12 5:-0.34 6:-0.18 8:0.12 10:0.26 11:0.16 13:0.13
s:youd 1:-0.36 5:-0.18 6:-0.23
s:younger 0:-0.24 2:-0.38 5:0.23 6:0.25
s:your 0:0.12 1:-0.1 2:-0.44 3:0.16 4:-0.47 7:-0.16 10:0.23 12:-0.21 13:-0.15
s:youre 1:0.2 2:0.11 8:-0.17
s:youtube 6:0.16 9:-0.1
s:yr 1:0.41 2:-0.2 4:0.17 5:-0.1
s:zero 0:-0.29 1:-0.16 4:0.17 5:0.16 10:0.15
s:zip 5:0.24
s:zone 3:-0.15 5:-0.13
s:zu 0:0.31 4:0.42 11:-0.11
s:£ 0:-0.61 1:-0.14 3:-0.21 4:1.9 6:0.28 9:0.12 10:0.15 11:-0.57 12:-0.19 13:-0.19
s:était 0:0.32 1:0.36 11:0.12
s:€ 4:0.2 5:0.31 11:-0.1
u:! 0:-0.12 1:-0.35 2:-0.82 3:-0.65 4:0.25 5:-0.11 6:-0.14 8:0.11 10:0.22 11:0.12 12:0.91 13:0.16
u:$ 1:0.2 4:0.12 8:-0.13
u:% 0:-0.1 2:-0.12 4:0.62 5:0.51 7:0.12 11:-0.36
u:000 2:0.12
u:01 0:0.36 6:-0.2
u:02 0:0.71 7:0.16
u:05 6:-0.32 13:0.24
u:1 1:-0.74 4:0.5 5:0.1 6:0.14 13:-0.19
u:10 0:0.36 1:-0.21 2:-0.25 3:-0.19 4:-0.22 6:0.54 7:0.26 9:-0.1 12:0.16
u:100 0:0.22 4:-0.42 5:0.11 6:-0.26
u:11 0:0.53 1:0.2 4:-0.12 5:-0.47 8:0.15
u:12 0:0.44 1:-0.39 2:-0.15 10:0.12 11:0.13 12:-0.11
u:120 1:-0.17 2:-0.15 3:-0.11 4:0.22 5:0.63 6:0.23 12:-0.21
u:14 0:0.13 1:0.2 4:-0.15 5:0.54 6:0.16
u:140 1:-0.16 2:-0.24 4:0.17 6:0.29 11:-0.24
u:15 0:-0.29 1:-0.18 3:0.18 4:0.26 11:0.13
u:150 0:0.25 3:-0.29 5:-0.11 11:0.22
u:16 5:0.13 6:0.1 12:-0.13
u:165 2:0.12
u:17 5:0.16 6:0.21
u:18 4:0.27 5:0.17 6:0.27
u:180 2:0.11 4:0.12 5:0.19 11:-0.17
u:19 4:0.1 5:0.46 6:0.2 13:-0.14
u:1998 6:0.17
u:2 0:0.44 3:-0.38 5:0.15 7:-0.13 10:0.17 11:0.17 13:0.29
u:20 0:0.38 1:-0.12 4:-0.53 5:-0.46 6:0.29 7:0.16 11:0.1
u:2019 0:0.16
u:2024 4:0.16
u:210 5:-0.12 6:0.19
u:212 4:-0.19 6:-0.1 7:-0.11
u:22 0:0.11 3:0.1 5:-0.28 6:0.26
u:23 4:-0.18
u:24 0:-0.21 7:0.17
u:240 2:0.14
u:25 0:0.55 2:-0.14 5:-0.15 6:0.12 11:0.17 13:-0.12
u:250 4:0.24 5:0.28 6:-0.33
u:26 12:-0.12
u:260 5:0.17
u:27 4:-0.16 5:-0.15
u:28 1:0.14 4:0.21 5:0.27 6:-0.12 12:0.11
u:29 0:0.28 5:-0.1
u:3 0:0.75 1:-0.18 2:0.24 3:-0.2 4:-0.3 6:-0.15 9:-0.28 11:-0.13 12:0.28 13:-0.32
u:30 1:0.22 2:0.13 3:-0.2 4:-0.17 5:-0.14 6:-0.5
u:300 0:0.14 3:-0.17 4:0.14 8:0.11
u:31 0:0.11 7:-0.12
u:32 5:0.18
u:340 5:-0.11 6:0.39
u:35 0:0.18 3:0.24 4:-0.21 6:0.24 11:0.13 12:0.15
u:350 5:0.27
u:38 3:0.13 4:0.12 6:-0.18 11:-0.15 12:-0.2
u:380 0:-0.15
u:4 0:0.49 2:-0.24 3:-0.19 4:0.36 5:-0.34 6:0.28 7:-0.38 11:-0.14 12:0.15 13:0.11
u:40 0:0.58 2:0.14 4:0.24 5:-0.27 8:0.1 11:-0.23 13:-0.15
u:400 1:0.12 2:0.16 5:-0.15 9:0.11 11:-0.27
u:42 6:0.22 11:-0.12
u:43 0:0.16
u:44821 6:-0.15
u:45 0:0.4 3:0.17 4:0.34 5:-0.27 11:-0.24
u:47 0:0.18 1:0.15 6:-0.14
u:48 0:0.18 5:0.38 11:-0.12
u:49 0:-0.27 1:-0.12 4:0.17 5:0.16 6:0.12
u:5 0:0.71 1:-0.12 2:-0.3 3:-0.1 4:-0.29 11:0.11
u:50 0:0.48 1:-0.37 2:-0.18 3:-0.11 4:0.14 5:0.11 6:0.25 7:-0.22 11:-0.2
u:500 0:-0.14 4:-0.14 5:0.28 12:-0.11
u:5000 1:0.26 2:0.11 4:-0.18
u:52 0:0.22 6:-0.24
u:54 1:-0.14 4:-0.11
u:55 0:0.13 2:-0.26 5:-0.42 6:0.14
u:58 1:-0.15
u:59 0:0.34 1:0.15 5:-0.12 6:-0.19
u:6 0:0.63 1:-0.31 2:-0.11 4:0.25 5:-0.14 7:-0.18 12:-0.12
u:60 0:0.2 1:-0.41 4:0.12 5:0.19 9:0.12 11:-0.11 12:-0.17
u:600 0:0.16 1:0.1 2:0.31 4:-0.22 9:-0.13
u:640 4:-0.17
u:65 0:0.18 1:0.16 2:-0.13 4:0.33 5:-0.31 11:0.36
u:7 0:0.45 3:0.21 4:0.12 6:-0.26 8:0.12 13:-0.22
u:70 4:0.31 5:0.18 11:-0.12
u:75 4:0.11 5:-0.2
u:78 1:0.21 5:-0.16 6:0.15
u:780 2:0.15 5:0.22
u:79 6:0.27
u:8 0:0.43 6:-0.27 7:-0.15 12:0.25
u:80 0:-0.29 4:0.14 11:-0.12
u:800 0:-0.11 4:-0.17
u:85 4:-0.2 5:-0.12
u:89 0:-0.13 4:0.16
u:9 0:0.66 1:0.11 5:-0.56 7:0.18 11:-0.11 13:-0.16
u:90 0:0.32 3:-0.24 5:0.22 6:-0.11
u:900 4:-0.1
u:94 5:-0.13
u:95 0:-0.12 4:0.24 11:-0.21
u:99 0:0.22 4:0.25 5:-0.14 6:0.13 13:-0.12
u:? 4:0.24 5:-0.46 7:-0.36 8:-0.16 9:-0.2 11:-0.36 12:-0.27 13:-0.13
u:a 0:-0.3 1:-0.16 3:-0.25 4:0.19 5:-0.25 7:-0.25 8:-0.16 10:-0.48 12:-0.31 13:0.1
u:abit 0:-0.13
u:about 0:-0.21 1:0.15 2:-0.2 3:-0.31 4:-0.26 6:0.11 8:0.13 9:0.14 10:0.19 11:-0.1 12:0.28 13:-0.18
u:above 0:-0.18 3:0.13 12:0.12
u:abroad 3:-0.25
u:absolute 0:0.16 1:0.53 2:-0.27 3:-0.37 4:0.26 5:0.17 6:0.43
u:absolutely 0:-0.16 1:-0.15 5:-0.13 6:-0.16 9:-0.11
u:access 6:0.23
u:accha 5:0.11
u:accommodation 0:0.27
u:accomodation 0:-0.23 3:0.21
u:account 0:0.22 1:-0.18 2:0.31 3:-0.14 5:0.31 6:0.17 7:0.15 8:-0.12 11:0.13 13:0.12
u:accountant 0:0.22 4:-0.15
u:accounts 1:-0.25 6:0.2
u:accurate 1:-0.15
u:ace 1:0.46
u:acknowledgement 5:0.14
u:across 1:0.14 12:-0.13
u:acted 1:0.53 5:-0.16
u:actually 0:0.49 3:0.15 5:-0.13 6:0.65 7:0.42 9:0.3 10:0.15 11:0.15 12:0.56 13:0.57
u:add 3:-0.11 6:-0.18 12:-0.16
u:address 1:0.17 2:-0.16 5:0.3 6:-0.38
u:adds 0:-0.18 4:0.27 5:0.12 11:-0.16
u:adjusted 5:-0.1
u:adjuster 0:-0.23
u:adjustments 0:0.2
u:admin 0:0.11 6:0.43 11:-0.12
u:admissions 1:0.11
u:admit 0:-0.21 1:-0.27 5:0.2 6:0.16
u:admitted 1:-0.15 2:0.12
u:adores 1:0.17 5:-0.15
u:advance 5:0.13
u:advertised 2:0.11 5:0.19 6:-0.13 12:-0.11
u:advertising 4:-0.24 5:0.14
u:advice 0:-0.22 2:1.08 4:0.12 5:-0.25 6:-0.17 7:0.11 9:-0.26
u:adviser 0:-0.22 1:0.21 2:0.33 4:-0.19 5:-0.11 6:0.11
u:advisers 2:0.18 5:-0.16 6:0.21 13:0.13
u:advisor 0:-0.3 2:0.34 7:-0.15
u:afford 1:0.15 2:0.11 4:0.12
u:after 2:-0.21 3:0.16 5:0.39 6:0.27 7:0.13 9:0.14 10:0.24 11:-0.1
u:aftercare 0:-0.16 1:-0.16
u:afternoon 0:-0.29 1:-0.27 3:0.16 6:0.35 7:0.17 10:-0.1 11:0.13
u:afternoons 0:0.14
u:afterwards 0:0.13 2:-0.17 3:0.11 4:0.14 5:0.13 6:0.11 13:0.18
u:again 2:-0.4 3:-0.22 4:0.35 5:0.9 6:0.12 7:-0.15 12:-0.12
u:against 1:0.2 2:0.18 5:-0.1 6:-0.13
u:age 0:0.22
u:aged 1:0.29
u:agency 0:-0.13 1:0.13 2:-0.15 3:-0.21 4:0.15 5:0.53 6:0.19
u:agencys 11:0.11
u:agent 1:-0.1 2:0.22 5:-0.42 6:0.6 8:-0.14 9:-0.14 12:0.19 13:-0.42
u:agents 0:-0.14 4:-0.16 5:0.32 6:-0.27
u:ages 0:0.5 1:-0.2 2:0.4 6:-0.31
u:ago 0:-0.29 1:-0.13 5:0.19 6:0.34 12:0.14
u:agree 5:-0.11
u:agreed 0:-0.19 1:0.14 4:-0.29 5:0.35 6:0.29
u:agreement 0:-0.31 6:-0.11
u:ah 5:0.36
u:ahead 0:0.33 1:-0.15 2:-0.1 5:-0.12
u:aid 2:0.16 6:0.16
u:air 1:0.31 2:-0.11 3:-0.13 5:-0.14 10:0.16
u:airline 13:0.1
u:airport 0:0.11 7:0.17
u:aisle 3:-0.24 5:-0.3 9:0.1
u:aisles 3:0.25 4:-0.14 5:-0.16 6:-0.12
u:alarm 5:-0.42 6:-0.26
u:alerts 6:-0.11
u:all 2:0.18 3:0.17 4:-0.42 5:0.15 6:-0.17 7:-0.11 9:0.23 12:-0.24
u:allergens 2:0.12
u:allergy 1:0.12 6:0.16
u:allowance 2:0.2 6:-0.19 9:-0.12
u:allowed 2:0.17
u:almost 0:0.38 1:0.29 2:0.17 4:-0.24 5:0.41 6:-0.44 10:0.16
u:alone 4:0.15 5:0.28
u:along 0:-0.12 2:0.45 4:-0.18 5:0.16 9:-0.1 12:-0.1
u:already 0:0.2 1:-0.22 2:-0.4 3:0.21 5:0.28 6:0.2 7:0.12 12:-0.2
u:alright 5:-0.24 12:-0.13
u:also 2:0.4 3:0.2 4:0.31 6:0.22 7:-0.17 12:0.12
u:alterations 3:0.24 5:0.56 6:0.14 7:0.17 13:0.1
u:although 0:0.15 5:0.11 6:-0.25
u:always 1:0.48 2:-0.33 3:0.38 4:-0.18 5:-0.43 6:0.11 8:0.37 10:0.16
u:am 2:-0.11 4:-0.18 6:-0.16
u:amable 1:0.3 5:-0.24
u:amazin 3:0.53 10:-0.11
u:amazing 3:0.27 5:0.13 12:0.13
u:ambulance 0:-0.12 1:0.34
u:amount 5:-0.23 6:-0.22
u:an 0:0.19 1:-0.24 2:0.31 3:0.26 4:0.15 5:-0.25 6:0.21 7:-0.15 11:0.14
u:anaesthetic 2:-0.19
u:and 0:0.29 1:0.21 2:0.43 3:0.11 4:0.11 5:0.39 6:0.28 7:0.14 8:0.22 9:0.26 10:-0.15 11:0.25 12:0.18 13:0.26
u:angel 1:0.12
u:angry 5:0.11 6:0.2
u:animals 2:0.28 5:-0.12 10:0.1
u:annes 4:0.15
u:anniversary 0:0.15 5:0.15
u:announced 6:0.14
u:announcements 0:0.13 2:-0.22 6:0.51
u:annual 0:-0.16 2:-0.14 4:0.21 5:0.27
u:another 0:-0.16 1:-0.45 2:0.26 3:-0.23 5:0.21 7:-0.16 9:0.13 12:-0.18 13:-0.2
u:answer 0:0.39 2:0.29 3:-0.11 4:-0.23 5:-0.18 7:-0.11 9:0.15 11:0.1 12:-0.12
u:answered 0:0.34 2:-0.32 3:-0.13 4:-0.31 5:-0.28 8:0.19 13:0.14
u:answering 0:0.15 1:0.13 2:0.1 6:0.16
u:answers 0:-0.38 1:-0.37 2:0.72 4:-0.16 5:-0.13 6:-0.42
u:anti 5:0.18 10:-0.13
u:antibiotic 5:-0.11
u:anxiety 9:-0.14
u:any 2:0.11 4:-0.27 5:-0.37 6:-0.41 7:0.11 12:-0.14
u:anyone 0:-0.3 1:-0.16 2:-0.23 3:-0.16 4:-0.25 5:-0.15 6:0.2 9:-0.19 10:0.11
u:anyones 2:0.19
u:anything 0:0.13 1:-0.54 3:-0.2 4:0.24 5:0.12 6:0.38 8:0.23 9:0.13 12:0.34
u:anyway 1:0.22 2:0.11 5:0.23
u:anywhere 0:0.15 1:0.21 3:0.21 6:0.18 11:0.22 12:0.11
u:apart 4:-0.48 5:0.15 6:-0.31
u:apologetic 0:0.17 1:0.29 2:-0.16 3:0.26 5:0.24
u:apologise 0:0.21 1:-0.29 2:-0.18 4:-0.11 5:0.29
u:apologised 3:0.13 5:0.23 6:0.24 13:0.12
u:apologising 1:-0.18 5:0.31 6:0.14
u:apology 0:-0.34 6:0.29
u:app 1:-0.28 2:-0.26 3:-0.12 4:0.43 5:0.74 13:0.26
u:apparently 0:0.27 1:-0.33 5:0.2
u:appeal 4:-0.12 5:0.15 6:-0.17
u:appealed 5:0.38
u:appeared 0:-0.13 6:0.29
u:appendicitis 5:-0.1
u:appliance 1:0.11 6:-0.1
u:application 0:0.14 2:0.26 6:0.13
u:applied 0:0.3
u:appointment 1:0.26 5:-0.15 13:-0.12
u:appointments 6:0.16 8:-0.12
u:appreciate 0:0.11 13:0.11
u:appreciated 2:-0.28 3:-0.29 6:0.54 8:0.18 12:-0.16
u:apprentice 1:0.26 2:0.25 5:0.38 6:-0.19
u:apps 0:0.11 2:-0.28 5:0.19 6:0.39 12:-0.22
u:april 11:-0.13
u:archive 2:0.21
u:are 2:0.14 3:0.18 4:0.17 5:0.28 6:-0.31 7:-0.2 10:-0.31 11:-0.12 13:-0.49
u:area 2:-0.14 3:0.32 5:0.19 10:-0.1
u:arent 0:0.51 1:-0.16 4:-0.12
u:arguments 6:0.16
u:arm 0:-0.1 5:0.21 6:0.14
u:around 1:-0.17 2:0.13 5:-0.17 6:0.17 13:0.13
u:arrange 6:0.12
u:arrangements 5:0.2 6:0.29
u:arrears 0:0.1
u:arrival 5:-0.16
u:arrive 0:0.44 4:-0.13 5:0.38 6:-0.11
u:arrived 0:0.72 1:-0.31 2:-0.3 4:0.16 5:0.6 6:0.48 7:0.18 12:-0.11
u:arrives 1:0.12
u:arriving 4:-0.11 5:0.12
u:artisan 5:0.28
u:as 0:0.11 1:0.27 3:0.21 4:0.35 6:-0.25 9:-0.14 10:0.28 11:0.31 12:0.21
u:ashamed 5:-0.11
u:ask 0:-0.28 1:0.41 2:0.64 3:-0.2 4:-0.25 5:-0.37 6:-0.38 8:-0.14 9:-0.44 13:-0.19
u:asked 0:-0.51 2:0.45 3:-0.39 4:-0.49 5:-0.29 6:-0.28 8:-0.15 11:0.13 13:-0.34
u:asking 0:-0.26 2:0.35 3:-0.25 4:-0.17 5:-0.2 8:-0.18 11:-0.1
u:asks 2:0.35 9:-0.12
u:asleep 1:0.26 5:-0.19 8:-0.11
u:assessed 4:-0.21
u:assessment 0:0.2
u:assistant 1:0.12 2:0.33 4:-0.21 5:0.13 6:-0.16 9:0.15 13:-0.13
u:assistants 0:0.11 1:0.16 2:0.14 5:0.13 6:-0.19
u:at 0:0.45 2:-0.38 7:0.17 8:-0.29 9:0.14 13:0.16
u:ate 1:0.32 4:-0.11 6:0.11
u:attached 0:-0.13 4:-0.19
u:attendant 6:-0.15
u:attended 5:0.11
u:attendees 0:-0.11 6:0.13
u:attentive 5:0.28 12:0.13
u:attorney 6:-0.13
u:audio 2:-0.11 5:0.67 12:0.12
u:auditorium 4:0.5 5:0.23 11:0.11
u:august 0:0.4 7:-0.14
u:autism 2:0.33
u:auto 0:0.13 5:0.35
u:automated 2:-0.14 3:0.13 5:0.21
u:available 0:0.12
u:avoid 0:0.17 3:0.18 5:0.16
u:await 6:-0.15
u:awakening 4:-0.18 5:-0.1
u:away 0:0.34 2:0.24 4:0.25 5:-0.11 9:0.23 12:0.22
u:awful 6:-0.29
u:awkward 5:-0.1 6:-0.12
u:b 1:-0.14 5:0.23 6:-0.13 12:0.1
u:baby 4:0.1 5:-0.2
u:back 0:-0.25 1:0.25 2:-0.23 3:-0.63 4:0.31 5:0.44 6:-0.25 7:0.25 9:0.1 10:-0.27
u:background 4:-0.11 6:0.22
u:backup 0:0.12
u:backwards 0:-0.16 2:0.55 4:0.1 5:0.19
u:bacon 5:0.12
u:bad 0:-0.17 2:0.21 3:-0.22 4:0.14 5:-0.1 6:-0.24 12:-0.35
u:badges 1:-0.2 4:-0.22
u:badly 0:-0.11 6:-0.17
u:baffling 0:-0.26
u:bag 0:0.36 2:-0.11 3:-0.13 4:0.14 5:0.16 6:0.22 11:0.17 12:0.15
u:bagged 0:0.24
u:bags 0:0.26 2:-0.13 3:0.16 4:0.11 5:0.21 8:-0.17 11:-0.24
u:baked 5:0.25
u:bakery 2:-0.22 3:0.15 4:0.23 5:0.23
u:balance 5:0.24
u:balayage 2:-0.11
u:ball 1:0.33 3:0.15 5:-0.24
u:ban 6:0.14
u:bananas 5:0.11
u:band 1:-0.46 5:0.14
u:bands 4:0.16
u:bang 0:0.25 1:-0.13 2:0.12 5:-0.4
u:banister 5:0.17 12:-0.14
u:bank 0:-0.15 2:-0.35 3:-0.15 4:-0.29 5:-0.82 8:0.14 9:-0.16
u:banking 5:0.71
u:banks 0:0.11 1:-0.41 2:0.41 3:-0.17 5:0.31 6:-0.12 12:0.12
u:bar 0:0.14 1:0.18 2:-0.16
u:barber 1:-0.25 2:-0.25 4:-0.16 5:0.54 12:-0.21
u:bardzo 5:-0.1
u:barely 1:0.14 2:0.16 5:0.34 6:-0.11 9:-0.12 12:-0.26 13:-0.22
u:bargain 0:-0.13 4:0.27 11:0.41 13:0.1
u:bargains 4:0.12
u:barista 5:0.15
u:barked 0:-0.25
u:barman 1:-0.21
u:barriers 0:0.1 5:-0.15 6:-0.15 7:0.11
u:bars 0:0.14 1:-0.15 5:0.13 12:-0.12
u:base 1:-0.13 5:-0.22
u:basic 0:0.13 1:-0.17 2:0.15
u:basically 5:-0.16 6:0.12 7:0.17 13:0.11
u:basin 0:0.12
u:basket 5:-0.3
u:bath 1:-0.13 4:-0.2 5:0.26 10:-0.16
u:bathroom 1:-0.18 3:-0.12
u:bathrooms 2:0.12 3:0.25 5:-0.1
u:batter 0:0.37
u:battery 0:-0.21 1:-0.22 2:-0.16 5:-0.14
u:bay 5:-0.18
u:bays 5:-0.11
u:be 0:0.21 1:-0.41 3:0.25 5:-0.36 6:0.29 7:-0.15 8:-0.15 9:-0.2 10:-0.18
u:beach 5:0.19 6:-0.11
u:beans 5:0.26
u:beard 1:0.12 3:-0.32 5:0.41 12:0.25
u:beat 5:0.45 11:0.13 12:0.13
u:beaucoup 6:0.17
u:beautiful 5:0.5 12:0.13
u:beautifully 0:-0.14 3:0.12 4:0.13 5:0.57
u:because 0:0.2 1:-0.16 4:0.21 5:-0.19 6:0.15 7:-0.31 8:0.22 10:0.16 11:0.17 12:-0.11
u:become 0:0.12 4:0.13 5:-0.11 6:0.17
u:bed 0:-0.29 1:0.27 3:0.28 13:0.1
u:bedroom 5:-0.44
u:beds 0:0.19 5:0.11
u:bedside 1:0.4
u:been 1:-0.34 3:0.14 4:-0.34 5:-0.3 6:0.52 7:-0.39 10:-0.25 11:0.2 13:-0.28
u:beer 5:-0.22
u:before 0:0.37 1:-0.28 3:0.18 4:-0.21 5:-0.59 7:0.18 10:0.31 12:0.17 13:0.33
u:beforehand 6:0.3
u:behind 0:0.38 1:0.28 2:-0.13 3:0.22 5:-0.25 6:0.43 9:0.12
u:being 0:0.23 1:0.29 2:-0.16 4:-0.34 5:-0.38 6:-0.3 7:-0.24 8:-0.25 13:-0.12
u:believe 2:0.12
u:believed 0:0.13
u:bell 0:0.11 5:0.25 8:-0.12
u:bella 2:-0.21
u:below 4:0.13
u:belt 0:0.11 5:-0.17 6:-0.19
u:benefit 1:0.26 2:0.18 5:-0.16
u:best 0:0.14 1:-0.45 2:-0.18 3:-0.54 4:0.25 5:0.32 6:-0.35 11:0.24 12:0.43 13:0.12
u:better 1:0.2 3:-0.16 4:0.25 5:0.38 8:-0.17 9:0.13 11:-0.14
u:between 0:0.33 1:-0.37 2:0.16 3:0.18 5:-0.17 6:0.21 7:-0.22
u:beyond 0:-0.26 1:0.2 4:0.13 5:-0.29
u:biased 1:-0.28
u:bien 1:-0.18 5:0.27
u:big 0:-0.22 2:0.46 3:-0.2 4:0.16 5:-0.18 6:-0.26 9:0.12 11:0.19
u:bigger 0:-0.1 1:0.1 5:-0.11
u:biggest 6:-0.19
u:bike 0:0.33 5:0.2 6:0.13 12:0.19
u:bikes 6:0.11
u:bill 0:0.25 1:0.12 2:-0.42 4:0.33 5:-0.16 6:0.65 8:-0.19 11:-0.13 13:0.12
u:billing 6:-0.18
u:bills 0:-0.12 4:-0.34 5:-0.19 6:0.19
u:bin 0:-0.57 3:-0.28 5:0.26 13:-0.16
u:bins 0:-0.2 1:-0.15 2:-0.14 5:1.06 6:-0.16 10:-0.17 12:-0.32
u:biohazard 0:-0.27 3:0.19
u:bird 5:0.47
u:birth 4:-0.11
u:birthday 0:0.13 1:-0.51 4:-0.12 5:-0.2 6:-0.38
u:biscuit 4:-0.22
u:bit 2:0.14 4:0.11 5:-0.16 6:-0.42 7:0.22 8:-0.14 9:0.21 10:0.25 11:0.12
u:bite 5:0.21
u:bits 3:0.33 5:-0.39
u:bitter 5:0.39
u:black 0:-0.19 1:-0.1 3:-0.12 5:0.56 6:0.28
u:blame 1:0.11
u:blamed 0:0.22 1:0.18 6:-0.11
u:blames 2:0.41 5:0.32 9:-0.13
u:bland 2:0.13
u:blazer 1:0.25 2:-0.21 4:0.25 5:-0.11
u:bleach 0:-0.11 3:0.11 10:-0.13 12:0.1
u:bled 0:-0.14 5:0.28
u:bless 5:-0.13 6:-0.11
u:blind 0:-0.2
u:block 3:0.11 4:0.1 5:-0.26
u:blocked 0:0.22 6:-0.23
u:bloke 0:0.16 1:0.45 2:0.14 3:-0.13 6:-0.11 7:0.15 8:0.15 9:0.11 12:0.11
u:blood 0:0.21 1:-0.18 2:0.53 3:-0.2 6:-0.3 7:0.21
u:bloods 5:0.16
u:blow 5:-0.27
u:blue 0:-0.11 2:0.29 6:0.14
u:board 0:-0.26 6:0.72 7:-0.11
u:boarding 2:-0.21 5:-0.23 6:0.1
u:boards 3:0.2 4:0.11 5:0.5 6:-0.25 10:0.14
u:bob 1:0.11 2:0.28 5:0.43
u:body 5:-0.11
u:bodywork 5:0.12
u:bogs 3:0.17
u:boiler 1:0.13 3:0.55 5:-0.49 6:-0.21
u:boilers 0:0.53 5:-0.46
u:bon 4:0.4 5:0.33 11:0.13
u:bone 2:-0.11 12:0.27
u:book 1:-0.59 4:-0.22 5:-0.29 6:-0.2 7:-0.27
u:booked 0:0.46 1:0.3 2:-0.22 3:0.14 4:-0.12 5:0.7 6:-0.34 7:0.35 9:0.12
u:booking 2:-0.14 4:-0.21 5:-0.11 6:0.3 7:0.12 8:0.14 13:0.19
u:bookings 0:0.12 6:0.14
u:books 0:0.15 2:0.19 4:0.73 5:-0.26 6:-0.25 9:0.13
u:bookshop 1:-0.22 2:0.34 5:-0.39 6:0.11
u:boot 5:0.1
u:booth 1:-0.32 3:0.35
u:boots 4:-0.23 5:0.18 12:0.17
u:borrow 4:0.39
u:borrowers 0:0.17
u:boss 0:-0.16 2:0.44 6:-0.19
u:bot 2:-0.2 5:0.18 6:0.38 13:-0.17
u:both 0:-0.24 1:-0.22 3:-0.37 6:0.32 11:0.27
u:bothered 0:0.14 1:0.13 2:0.13
u:bottle 2:0.13 3:0.23 4:0.11 5:0.25 11:0.18 12:0.19
u:bought 1:-0.23 2:-0.29 3:-0.36 5:1.04 6:0.24 13:0.15
u:bout 2:0.23
u:box 1:-0.17 2:0.22 3:-0.23 4:-0.34 6:0.15 7:0.11 9:-0.16 13:0.11
u:boxed 5:0.11
u:boxes 3:-0.18 4:-0.2 5:0.67
u:boy 8:-0.2
u:boys 5:-0.14
u:brakes 1:-0.17 2:0.18 9:-0.15
u:branch 3:0.13 4:-0.18 5:-0.6 6:-0.26 7:0.2 9:-0.22 10:-0.11 13:-0.2
u:branches 6:0.12
u:brand 0:0.34 2:-0.18 3:0.23 5:0.44 6:-0.15
u:brassy 2:-0.12 5:0.1
u:brave 5:0.27
u:bread 1:-0.18 2:-0.15 5:0.38 10:0.16
u:break 2:-0.23 4:-0.1 6:-0.16 7:-0.19 12:0.11
u:breakdown 0:0.15
u:breakfast 0:-0.2 2:0.25 3:0.15 4:0.52 5:0.53 8:0.12 11:0.11
u:breaks 5:-0.16
u:breath 1:0.38
u:bridal 8:0.19
u:brides 5:0.32 6:0.31
u:briefly 2:0.24 4:-0.13
u:bright 0:-0.11 2:-0.21 3:0.14 5:-0.14
u:brighter 5:0.15 6:-0.1
u:brill 1:0.22 5:0.21
u:brilliant 1:0.24 4:-0.15 5:0.13 8:0.21 9:0.11 11:-0.21
u:brilliantly 0:0.19 5:0.14 6:-0.13
u:bring 0:0.22 1:-0.12 2:-0.14 8:-0.14 12:-0.16
u:bringing 2:0.12 5:0.26
u:brings 2:0.22
u:broad 0:0.15 4:0.11
u:broadband 0:0.23 1:-0.19 2:-0.12 4:0.4 9:-0.19 11:-0.13 12:0.19
u:broadly 1:0.14 4:0.14 5:-0.14 13:0.13
u:brochure 1:-0.12 5:0.26 6:-0.12
u:broke 0:0.1 1:0.45 2:-0.13 4:0.13 5:0.32 12:-0.11
u:broken 0:0.6 1:-0.24 2:-0.11 4:0.14 5:-0.16 7:-0.11
u:broker 2:0.19 4:-0.11 5:-0.55
u:brokers 5:-0.42
u:brought 0:0.13 1:-0.18 2:-0.3 3:0.24 5:0.1 6:-0.11 8:0.15 12:0.18
u:brow 1:0.11 2:-0.11
u:brown 0:-0.12 4:0.13 5:0.57 12:-0.11
u:brows 5:0.6
u:bruised 5:0.13
u:brusque 1:0.15
u:brutal 5:0.15
u:budget 0:-0.25 6:0.1 11:0.26
u:buffet 3:0.24 5:-0.21
u:build 6:0.33
u:builder 0:0.26 1:-0.21 2:0.18 5:-0.15 6:0.18 9:-0.12
u:builders 1:-0.12
u:building 0:-0.12 1:0.14 2:0.15 5:-0.36 6:-0.12
u:builds 1:0.27 5:-0.11
u:built 1:0.12 4:0.11
u:bulb 0:0.28 2:0.42 5:-0.12
u:bulbs 1:0.15 5:0.18 6:0.15
u:bulky 3:0.12 4:-0.32 6:-0.1
u:buns 4:0.17
u:burger 5:0.19 12:0.21
u:burgers 10:-0.16
u:burglary 0:0.17 3:-0.18
u:burned 5:0.23
u:burnt 5:0.51 12:-0.19
u:burst 0:0.34 2:-0.12 5:-0.25 6:0.19
u:bus 0:-0.13 1:0.27 4:-0.36 5:-0.48 6:-0.14 8:0.18 11:-0.12
u:buses 0:0.13
u:business 0:0.23 2:-0.1 6:-0.17
u:busy 0:-0.27 1:0.62 2:-0.16 5:-0.34 7:0.11 8:-0.11
u:but 0:0.24 1:0.41 2:0.23 3:0.16 4:0.47 5:0.41 7:-0.19 8:0.37 10:-0.2 11:-0.43 12:0.23
u:butcher 0:-0.29 2:0.4 5:0.29 6:-0.22 8:-0.19
u:butter 0:0.19 12:0.12
u:button 1:0.43 2:-0.21 4:0.26 5:0.14
u:buy 1:0.28 3:-0.35 4:0.17 5:-0.19 6:-0.24 11:-0.3 12:-0.19
u:buyer 13:-0.13
u:buyers 0:-0.1 4:0.13
u:buying 0:0.16 1:-0.21 3:-0.11 4:0.2 11:0.15
u:by 0:0.58 2:-0.22 3:0.37 5:-0.1 8:0.21 9:0.13 10:-0.15 11:-0.13
u:cab 0:0.25 6:0.2 7:0.13
u:cabin 0:0.21 5:0.26
u:cabinet 3:0.22 5:0.31 12:0.1
u:cable 0:-0.14 2:0.12 3:-0.12 5:0.36 6:-0.11
u:cafe 1:-0.11 3:0.17 5:-0.45
u:café 0:-0.21 1:-0.15 2:-0.16 3:0.19 4:0.12 8:0.1 10:-0.22
u:cafés 5:0.17
u:cake 0:0.17 1:-0.12 5:0.22 6:-0.23
u:cakes 5:0.21
u:calendar 8:-0.22
u:call 2:-0.74 3:0.11 5:-0.25 6:0.14 8:-0.11 12:-0.2
u:callback 0:-0.41 5:-0.32 6:0.34 7:0.12
u:called 0:0.41 1:-0.15 4:0.21 5:0.21 6:-0.28 13:0.32
u:callers 2:0.19 5:-0.12 13:0.12
u:calling 0:0.1 1:0.58 2:0.11 5:-0.16 6:-0.16
u:calls 0:-0.39 4:-0.17 5:0.33
u:calm 0:0.26 1:-0.71 8:-0.14
u:calmer 1:-0.13 5:0.2 6:-0.15
u:came 0:0.39 1:0.36 5:-0.18 8:0.14 9:0.19 12:0.16 13:0.1
u:camera 0:0.2 2:0.21 3:0.16 5:-0.24
u:cameras 5:0.31 6:-0.1
u:camp 5:0.1
u:campsite 1:-0.12 5:-0.11
u:can 0:-0.2 1:-0.19 2:0.51 3:0.32 6:0.19 8:-0.11 13:0.35
u:canada 1:0.19
u:cancel 2:0.18 4:-0.19 5:0.25 6:0.19
u:cancellations 2:0.18 4:-0.11
u:cancelled 0:0.18 1:-0.24 2:-0.28 4:-0.31 5:-0.44 6:0.64 12:0.19 13:-0.21
u:canned 6:0.24
u:cant 1:0.27 2:0.16 4:0.5 5:-0.17 6:-0.24 7:0.15 8:0.28 9:-0.12 11:0.63 12:0.29
u:canteen 0:-0.26 1:-0.31 2:0.16 4:-0.75 5:-0.19 6:-0.28 10:-0.16 12:-0.35
u:car 1:0.31 2:-0.36 3:0.37 4:-0.22 5:-0.56 6:0.13 8:0.19 13:-0.22
u:carbonara 5:0.16
u:card 0:0.4 1:0.67 2:-0.19 5:-0.49 6:-0.43 8:0.29 9:0.12
u:cardboard 5:0.1
u:care 0:0.36 1:-0.46 3:0.11 6:0.15 7:-0.12
u:careers 1:-0.14 2:0.15
u:careful 0:0.1 1:0.24 3:0.15 5:0.43 12:0.12
u:carer 1:-0.14 5:-0.18
u:carers 0:0.2 1:0.16
u:caretaker 0:-0.13 1:0.32 2:0.3 5:-0.23 6:-0.12
u:caro 5:-0.15
u:carpet 2:0.11 3:0.12 5:-0.16
u:carpets 1:-0.12 5:-0.17
u:carriage 5:0.1
u:carried 1:0.27 3:0.21 6:-0.1
u:carrier 5:-0.15 11:-0.3
u:cars 0:0.1 5:0.23 6:0.28
u:cartridges 0:0.23 4:0.17
u:case 0:-0.23 1:0.48 2:-0.17 4:0.1 5:-0.12 13:0.13
u:cases 1:-0.23
u:cash 5:0.16
u:cashier 1:0.12 4:-0.12 5:-0.21 6:-0.22 8:-0.23 9:-0.11
u:cashpoint 0:0.13 1:-0.26 5:-0.16
u:cast 5:0.28
u:cat 2:0.2 3:-0.1 4:0.1 12:0.1
u:catalogue 0:0.16
u:catch 4:-0.17
u:catching 0:-0.16
u:catering 5:0.12 6:0.19
u:cats 0:0.37
u:cctv 0:-0.2 1:0.24 2:0.21 6:0.31
u:ceiling 2:-0.11
u:central 0:0.17
u:centre 0:0.3 1:0.48 2:0.28 3:0.16 4:0.14 5:-0.44 7:-0.14 11:0.14
u:centred 5:-0.11
u:centres 0:-0.17 1:0.1 5:0.48 6:-0.3
u:cereal 8:-0.11
u:ceremony 5:-0.4
u:certificate 5:0.22
u:cest 4:0.26 5:0.27
u:chain 1:0.14 5:0.17 6:-0.22 9:0.12
u:chains 0:-0.15 1:0.23 5:-0.11 8:-0.11
u:chair 0:0.34 1:0.3 5:-0.41 8:-0.11
u:chairs 0:-0.15 5:-0.13
u:chance 0:-0.12
u:change 0:0.24 1:0.67 3:0.13 4:0.4 5:-0.35 6:-0.49 8:0.21 11:-0.12
u:changed 1:-0.1 2:-0.24 5:-0.32 13:-0.12
u:changes 0:-0.15 1:-0.12 4:-0.25 6:0.25 13:0.11
u:changing 2:0.1 3:0.34 5:-0.34 6:-0.11 10:-0.11 11:0.14
u:channel 0:-0.23
u:chaos 3:-0.24 4:0.1 5:0.33 6:-0.12
u:chap 0:0.36 1:0.13 2:0.23
u:charge 0:-0.24 2:-0.18 3:-0.38 4:0.57 5:-0.23 6:0.49 11:-0.17 13:-0.12
u:charged 0:-0.46 1:-0.25 2:-0.33 4:0.97 5:0.4 11:-0.21 12:-0.11 13:-0.15
u:charger 5:0.12 12:-0.16
u:chargers 4:-0.16 5:0.21 12:-0.11
u:charges 1:-0.1 2:0.32 5:0.14 6:-0.17 12:0.15
u:charging 0:-0.21
u:charity 1:0.12 6:-0.16 12:-0.1
u:charming 0:0.14 5:-0.13 6:-0.21
u:chase 4:-0.12 7:-0.23
u:chased 4:0.2 5:-0.13
u:chat 0:0.11 1:0.48 2:-0.14 3:-0.13 4:-0.14 5:0.16 6:0.71 13:-0.23
u:chatbot 5:-0.18 6:0.65 13:-0.13
u:chatted 1:0.46
u:chatting 1:0.48 8:-0.16
u:cheap 1:-0.31 2:-0.25 3:0.19 5:-0.26 6:-0.3 11:0.5 12:-0.22
u:cheaper 0:0.21 2:0.36
u:cheapest 0:-0.21 2:-0.14 5:0.15 7:0.11 11:0.25 12:-0.13
u:check 0:0.29 1:-0.12 4:0.16 5:-0.4 9:0.2 12:-0.18 13:0.21
u:checked 0:-0.24 1:0.25 2:0.6 3:0.21
u:checker 6:0.12
u:checking 0:-0.27 1:0.4 2:-0.23 5:-0.12
u:checkout 0:0.11 2:-0.16 4:0.2 5:-0.25 6:0.59 11:-0.19 13:-0.16
u:checkouts 0:0.11 5:-0.18
u:cheek 4:0.12
u:cheerful 0:0.14 4:0.3 6:0.18 8:-0.13 11:0.14
u:cheers 0:0.19 2:-0.17 5:0.35 12:-0.13
u:cheese 2:0.64 3:0.14 5:-0.18 6:-0.17 9:0.17
u:chef 4:0.17 5:0.27 10:-0.17 11:-0.11
u:chemist 1:-0.16 5:-0.2 6:0.16
u:cher 1:0.15 4:0.1 5:-0.22
u:chest 2:0.19
u:chewing 1:-0.43 5:0.15
u:chicken 0:-0.42 5:0.2 6:-0.13 8:0.16
u:child 1:0.11 2:-0.18 5:0.23
u:childcare 0:-0.11
u:children 0:-0.13 5:0.42 6:-0.13
u:childrens 0:-0.11 1:0.38 3:0.16 4:0.1 5:-0.31 8:0.16
u:china 0:-0.21 5:0.4 6:0.18
u:chinese 3:-0.1
u:chip 10:-0.17
u:chipped 1:0.16 5:0.17 6:0.11 8:0.1 12:-0.13
u:chippy 0:0.32 5:0.11
u:chips 1:-0.14 2:-0.2 3:-0.23 4:0.13 5:0.7 6:-0.18 11:0.24 12:-0.34
u:chocolate 1:-0.25
u:chocolates 1:-0.11
u:choose 1:-0.42 6:-0.24 12:0.17
u:choosing 1:0.22 5:-0.19 6:-0.14
u:christmas 0:-0.16 1:-0.8 3:-0.15 5:-0.24 6:-0.35
u:chucked 1:0.23 3:-0.15 5:0.32 12:-0.11
u:chuffed 0:0.16 5:-0.18
u:chunk 0:0.16
u:church 0:0.16 2:0.13
u:cigarette 3:0.25 5:-0.15
u:cigarettes 2:-0.11
u:cinema 11:0.18
u:cinnamon 4:0.17
u:circles 0:-0.14 6:-0.17
u:citing 1:-0.12 2:0.33
u:citizens 6:-0.12
u:city 4:0.13 5:0.22
u:claim 0:0.23 1:-0.15 4:0.14 6:0.26 12:0.12
u:claimed 9:-0.11
u:claims 0:0.11 1:0.15 2:-0.23 7:0.15 13:-0.16
u:class 0:-0.53 1:-0.21 2:0.19 5:-0.75 7:-0.12 9:0.11
u:classes 0:0.12 5:0.35
u:clean 0:-0.26 1:0.23 2:-0.34 3:0.29 5:0.24 6:-0.25 8:-0.14 10:0.39 11:-0.14 12:-0.11 13:-0.14
u:cleaned 0:-0.16 2:-0.17 3:0.28 4:0.6 5:-0.21 6:-0.16 10:-0.11
u:cleaner 0:-0.23 1:0.1 3:0.46 7:-0.11 10:0.31
u:cleaners 1:0.21 5:0.36 8:-0.16
u:cleanest 1:-0.12 3:0.18
u:cleaning 1:-0.18 2:0.25 3:-0.45 4:-0.13 5:-0.14 9:0.13
u:cleanliness 0:-0.22 1:-0.14 4:-0.17 5:-0.14 6:-0.22 10:-0.11
u:cleans 10:-0.12
u:clear 2:-0.46 3:-0.18 4:-0.15 5:-0.28 6:0.94 7:0.15 13:0.39
u:cleared 0:-0.1 2:0.37 3:0.35 5:0.14 6:-0.19 9:0.11 12:0.1
u:clearer 5:-0.12 6:0.18
u:clearing 1:0.15
u:clearly 1:0.26 2:0.7 4:-0.13 6:-0.12 12:-0.19 13:0.15
u:clerk 0:-0.15 1:-0.13 2:0.18 4:0.16 5:-0.22
u:client 2:-0.11 3:0.11 5:0.28
u:clients 0:-0.12 1:0.14 2:0.33 5:0.24 10:0.1 11:-0.15 13:0.17
u:clinic 0:0.18 1:-0.14 2:0.12 3:-0.11 4:-0.15 8:0.2
u:clinics 2:-0.2 4:-0.24 5:0.1
u:clippers 5:0.25
u:clippings 3:0.45 5:-0.12 10:-0.23 12:0.22
u:cloakroom 5:-0.55
u:clock 1:0.12
u:clocking 0:-0.3
u:clockwork 0:0.13
u:close 0:-0.3 5:-0.26 6:0.17
u:closed 4:0.25 6:0.19
u:closes 1:-0.18 6:-0.15
u:closing 0:-0.25 5:-0.34 6:0.28
u:closure 0:-0.16 1:-0.16 5:-0.33 6:0.21
u:clothes 3:-0.18 5:0.15
u:cloud 5:0.34
u:cloudy 3:0.67 10:-0.13
u:club 1:0.22 2:-0.13 3:0.11 6:0.19 12:-0.26
u:clubs 0:-0.13 5:0.37 11:0.13
u:clueless 1:0.17 2:0.69 9:-0.14
u:clunky 5:0.21
u:clutch 2:0.22 3:0.25 4:-0.12 5:0.3 6:-0.1
u:cm 1:-0.15 12:-0.19
u:coach 0:-0.21 1:0.95 2:-0.26 5:0.17 6:0.2 12:-0.21
u:coaches 0:0.11 1:-0.21 11:0.15
u:coaching 5:0.15
u:coat 0:-0.23 1:0.23 2:0.13 4:0.13 5:0.22
u:coatings 6:0.11
u:coats 0:-0.19
u:cocktails 0:-0.23 4:0.2 5:-0.34 11:0.1
u:code 0:-0.23 1:-0.12 5:-0.31 6:0.2 13:-0.12
u:codes 1:-0.15 5:-0.16 6:0.16
u:coffee 1:-0.1 2:-0.35 4:-0.3 6:-0.18 10:-0.11
u:coins 0:-0.28 5:0.24 8:0.12
u:cold 0:0.25 1:0.5 2:-0.32 3:-0.25 5:0.64 6:-0.16 7:-0.28 8:-0.23 11:-0.18 12:-0.2 13:-0.1
u:collar 5:0.1 12:-0.16
u:colleague 2:0.13 6:-0.16
u:colleagues 1:0.5 2:0.14 6:-0.13
u:collect 0:-0.1 1:-0.27 5:-0.19
u:collected 0:0.36 4:0.44 5:-0.27
u:collecting 3:-0.17
u:collection 0:0.29 1:-0.34 2:0.12 3:0.41 4:-0.35 5:0.34 12:0.33
u:collections 0:-0.12 3:-0.12 6:0.2
u:college 1:-0.12 2:-0.14 6:0.18
u:colour 0:-0.22 1:0.3 2:0.31 5:-0.15 9:0.15
u:colouring 6:-0.13
u:colours 0:0.14 1:-0.17 5:0.11
u:come 0:0.31 2:-0.29 4:-0.12 5:0.27 6:-0.12 13:0.13
u:comes 0:-0.14 2:0.26 5:-0.23 11:0.15
u:comfortable 5:0.4 12:0.12
u:comfy 3:-0.2 5:0.23
u:comida 5:0.41
u:coming 0:-0.25 2:-0.27 5:0.29 6:0.19 7:-0.11 11:0.25
u:comment 0:-0.16 1:0.36 5:-0.16
u:commented 5:0.11
u:commenting 0:0.11 1:-0.11 3:0.13 5:0.12 10:0.12
u:comments 3:0.11
u:commission 6:-0.15
u:committee 5:0.26
u:communication 6:0.38 13:-0.2
u:community 0:0.1 1:0.13 2:0.28 5:-0.34 6:-0.17
u:company 3:-0.38 4:-0.13 12:-0.25
u:companys 2:-0.13 5:-0.22 6:0.28
u:compared 0:0.11 1:-0.14 4:0.27 5:-0.24 6:-0.17 7:0.14
u:comparing 4:-0.14 5:-0.1 6:-0.12
u:compensation 6:0.15
u:competent 1:0.11 2:0.13
u:competitive 6:0.12 11:0.12
u:competitor 5:0.37
u:competitors 5:0.13
u:complain 0:0.14 3:0.19 5:0.29 6:-0.29 10:0.16
u:complained 1:0.1 4:-0.16 6:0.28
u:complaining 0:0.17 3:-0.13 5:-0.18 6:0.13 7:-0.2 13:0.15
u:complaint 4:-0.22 5:-0.18 7:-0.12 12:0.24
u:complaints 0:0.39 4:-0.37 5:0.4 6:0.27 10:0.21 12:0.2
u:complete 2:0.15
u:completed 2:-0.13 5:0.1
u:completely 1:-0.17 12:0.14
u:completion 5:-0.19
u:complimentary 3:0.36 4:-0.69 5:-0.16
u:complimenting 1:-0.16 5:0.18
u:compliments 1:0.32
u:compost 5:0.27
u:computer 5:-0.19 6:0.16
u:computers 4:0.12 5:0.17
u:compétent 8:-0.11 9:0.1
u:concern 4:-0.33
u:concerned 2:0.12
u:concourse 6:0.18
u:condition 0:-0.28 5:0.17 11:0.11
u:conference 5:0.11 6:-0.13
u:confidence 1:0.18 6:-0.19
u:confirm 0:0.18 1:0.14 3:0.11 5:0.12
u:confirmation 5:-0.12 6:0.6
u:confirmed 2:0.16
u:confusing 1:-0.18 2:-0.25 5:-0.18 6:0.63 13:-0.37
u:connected 5:0.12
u:connection 1:0.14
u:connections 6:0.27
u:consensus 0:0.13 2:0.15 4:0.12 6:0.13
u:consider 5:0.17
u:considered 2:0.19
u:considering 6:0.13
u:consisted 3:0.28 4:-0.18 6:-0.11
u:consistent 1:-0.2 2:0.46 5:0.12
u:consistently 1:0.14 2:0.17 5:0.21
u:constantly 1:0.35 2:-0.1 3:-0.1 5:0.37 6:0.13 7:-0.12 12:-0.18
u:consult 5:-0.17
u:consultant 5:-0.15 6:0.24
u:consultation 0:-0.25 1:0.2 2:0.37 5:0.11
u:consulting 1:0.13 3:0.14
u:contact 1:0.29 5:0.11
u:contacts 5:-0.21
u:contained 2:0.33 5:-0.22
u:contract 1:0.32 4:0.18 5:-0.38 9:-0.16 11:-0.19
u:contractor 5:-0.12 6:-0.15 7:-0.12
u:contractors 5:0.16
u:contracts 1:-0.11
u:contradicted 2:0.12
u:contrast 5:0.11
u:control 0:0.25 6:0.19 13:-0.1
u:controllers 2:-0.12 6:0.14
u:convenience 1:-0.1 4:-0.31 5:-0.25 6:0.15
u:convenient 6:-0.13
u:conversation 0:-0.19
u:conversion 0:0.14 1:-0.14
u:conveyancing 5:-0.13
u:cook 2:0.24 4:0.11 9:0.13
u:cooked 5:0.25
u:cooking 0:-0.29 2:0.22 5:0.27 6:-0.21
u:cooler 1:-0.19 2:-0.13 5:-0.15
u:coordinator 0:-0.13 4:-0.1 5:0.58 6:0.19
u:cope 1:0.13
u:copier 2:0.13 6:0.2
u:corner 2:-0.37 5:-0.13 6:-0.14
u:corners 0:0.29 3:0.11 4:0.14
u:corporate 6:-0.17
u:correct 2:0.28 4:0.17 5:-0.15
u:corrected 1:-0.2 5:-0.1
u:correctly 6:-0.15
u:corridor 0:0.12
u:corridors 2:-0.12
u:corroded 2:0.33
u:cost 0:-0.13 1:-0.36 4:0.1 5:0.25 11:-0.25 12:-0.2
u:costs 0:0.13 2:-0.16 4:0.21
u:costumes 0:-0.14 5:-0.12
u:cottage 1:-0.2 5:0.35 12:0.13
u:couch 5:-0.3
u:could 1:-0.37 2:1 3:0.21 4:-0.4 5:-0.51 6:-0.49 7:-0.12 8:0.14 10:-0.2 11:-0.15 13:0.14
u:couldnt 2:0.16 3:0.19 5:-0.3 6:-0.11 7:0.13 9:-0.2 11:0.16 13:0.12
u:couldve 0:-0.25 2:0.21 3:0.47 5:0.22 6:-0.25 10:0.21
u:council 0:0.31 1:-0.25 2:-0.11 3:-0.34 4:-0.13 5:0.1 6:-0.11 8:0.12
u:councils 2:-0.13 5:-0.11 6:0.33 13:-0.14
u:count 1:-0.22
u:counted 1:0.14
u:counter 0:0.43 1:0.29 6:-0.21 8:0.12 10:0.16
u:counters 2:-0.1 5:-0.39 10:0.12
u:counting 5:-0.15 6:-0.15
u:country 5:0.13
u:county 0:-0.11 1:-0.19 6:-0.17
u:couple 0:0.13 2:0.19 6:0.13
u:courier 0:0.1 2:-0.33 5:0.34 6:0.26 7:0.18
u:couriers 5:0.21
u:course 1:-0.15 2:0.28 5:0.35 7:-0.13 9:0.11
u:courses 5:0.24 6:-0.13 11:0.15 12:0.12
u:coursework 6:0.1
u:court 1:-0.13
u:courteous 0:0.14 1:0.36 5:0.36 6:0.1 8:0.24
u:courtesy 5:0.22
u:cover 0:0.12 2:0.14 4:0.19 6:-0.11
u:coverage 5:0.23
u:covered 0:-0.1 1:-0.12 3:0.12 4:-0.38 5:-0.21 12:0.21
u:covering 5:-0.17
u:covers 0:-0.21 3:0.3 5:-0.26
u:cowboy 2:-0.26 4:0.23 6:0.44
u:cowboys 2:-0.19
u:crack 1:-0.18
u:cracked 0:0.2 2:-0.19 5:0.23
u:cracking 1:-0.13 5:0.27 12:-0.13
u:cracks 5:0.15
u:crash 2:-0.11 5:0.21
u:crashed 0:0.33 6:-0.15
u:crashes 0:-0.14 5:0.1 6:-0.27
u:cream 2:0.16 5:0.42 12:0.18
u:credit 0:0.22 1:0.13 2:-0.16 3:-0.21 5:0.44 6:0.12 8:0.13 11:0.11
u:credits 4:-0.14
u:crept 3:0.11 4:0.15 5:-0.21 6:-0.12 8:-0.12 11:-0.1
u:crew 0:0.54 1:0.18 2:-0.14 5:-0.13 10:0.12
u:crewe 6:-0.17
u:crews 5:0.19
u:cried 5:0.37
u:cringe 1:0.25
u:crisis 0:-0.13 6:0.12
u:crisp 0:0.13 1:-0.15 2:0.13 3:-0.31 5:-0.34 9:-0.22
u:crisps 1:-0.11 3:0.1 5:-0.55 11:0.17
u:critical 5:0.14
u:criticised 2:0.12
u:criticism 4:-0.12
u:crm 6:0.13
u:croissant 3:-0.12
u:croissants 5:0.59
u:cross 1:-0.24 4:0.17 6:0.27
u:crossing 0:0.22 6:-0.1
u:crown 0:-0.11
u:crowns 5:0.11
u:crumbs 3:0.15 5:-0.57
u:crushed 2:-0.15 5:0.15
u:cry 4:0.17
u:cs 4:0.11 11:-0.11
u:cupboard 4:-0.14 5:0.17
u:curly 5:0.18
u:current 4:0.18
u:curry 2:-0.13 5:0.27
u:curt 1:0.15 6:-0.17 8:-0.14
u:curtain 5:-0.12
u:customer 0:-0.23 1:0.3 2:-0.16 5:0.1 6:0.16 8:-0.13 9:0.11 10:-0.12 11:-0.23 13:-0.17
u:customers 0:0.34 2:0.24 3:0.34 4:0.28 5:0.22 6:0.45 7:-0.11 8:-0.19 9:0.12 10:0.15 11:0.11 12:-0.11 13:0.23
u:customs 1:0.16
u:cut 1:-0.2 2:0.12 3:0.18 4:-0.63 5:-0.16 10:-0.22 12:0.23 13:-0.16
u:cutlery 1:0.29 5:-0.18
u:cuts 0:-0.15
u:cutting 4:0.2 5:-0.17
u:cv 1:-0.16 2:0.13
u:dad 0:-0.12 1:0.17 3:-0.11 5:-0.11 7:0.1
u:dads 1:-0.11 2:-0.13
u:daft 0:-0.12 4:0.19 5:0.28 6:-0.11 11:-0.11
u:daily 3:0.25 5:-0.16 6:0.2
u:damage 4:-0.26 5:-0.32 6:0.33
u:damaged 0:0.14 1:-0.31 5:0.21 12:0.21
u:damp 0:-0.1 1:-0.3 2:0.28 3:-0.16
u:dance 1:-0.19
u:dark 0:0.36 4:-0.1 5:0.31
u:das 5:0.22
u:data 5:0.18 6:-0.16
u:date 0:-0.18 2:0.12 5:0.17 6:-0.15
u:dated 5:0.21 6:-0.1
u:dates 0:-0.14 2:0.15 5:-0.16 6:0.77 13:-0.13
u:daughter 0:-0.13 1:0.15 2:-0.11 4:0.16 8:0.11 12:0.11
u:daughters 0:-0.11 5:0.34 11:0.14 13:0.2
u:dave 0:-0.12 1:0.13 2:0.23 6:0.12
u:day 0:0.3 2:-0.44 3:-0.43 4:-0.22 6:0.5 7:-0.27 8:-0.12 10:0.15 12:-0.13 13:0.16
u:daylight 0:-0.33 4:0.13 5:0.27 11:-0.15
u:days 0:0.77 1:-0.26 2:-0.38 4:-0.29 5:-0.29 7:0.4 9:-0.11 11:-0.21 13:0.13
u:de 1:0.26 5:-0.14
u:dead 0:-0.2 1:0.23 3:0.31 8:0.18
u:deadlift 2:0.3 5:-0.13
u:deadline 2:-0.11 4:-0.26 5:0.21 6:0.15
u:deadlines 0:-0.1 2:0.24 5:-0.11 6:-0.18
u:deal 0:-0.15 1:-0.1 2:0.13 4:-0.31 5:-0.43 11:0.15 12:0.11
u:dealer 1:0.17 5:-0.41 9:0.16
u:dealership 5:-0.3
u:dealerships 3:0.28 4:-0.18
u:deals 0:-0.11 1:-0.14 4:0.12
u:dealt 0:0.36 3:0.17 6:-0.25
u:dear 0:-0.29 1:-0.18 2:-0.12 4:1.25 6:-0.19 11:-0.55 12:0.13
u:dearest 4:0.33
u:debit 4:0.14 5:-0.22
u:debt 0:-0.19 1:-0.27 6:-0.25
u:debts 0:-0.13 1:-0.15 6:-0.18
u:decent 1:0.17 4:0.2 5:0.38 11:0.23 12:0.11
u:decide 1:0.11 6:0.14
u:decided 5:-0.11
u:deciding 0:-0.16
u:decision 0:-0.17 5:0.32
u:decisions 1:-0.15
u:dedicated 5:0.1
u:deep 4:0.12 5:0.28 6:-0.13 10:-0.23
u:def 1:0.29 5:-0.12
u:definately 5:-0.16
u:definitely 1:-0.26 2:0.37 3:0.15
u:defo 0:0.32
u:degree 1:-0.18 13:-0.1
u:delay 5:0.24 6:0.32 7:0.13
u:delayed 0:0.21 1:-0.11
u:delays 5:0.1 6:0.31 7:0.15 13:0.15
u:deli 1:0.26 2:-0.12
u:delicious 5:0.2
u:delivered 0:-0.19 1:0.49 2:-0.34 5:0.49 6:0.38
u:deliveries 0:0.11
u:delivery 0:0.62 1:0.13 2:-0.27 3:-0.32 5:0.44 6:0.39 7:-0.37 8:-0.27 10:0.12 11:-0.17 13:-0.13
u:deliverys 0:0.11
u:dent 0:-0.14 2:-0.14 5:0.41 6:0.28
u:dental 0:0.23 2:-0.15 6:-0.25
u:dentist 2:-0.15 5:0.18 11:0.17
u:dentists 2:-0.1
u:department 0:-0.15 2:-0.12 6:-0.13
u:departments 0:0.15 2:-0.13 6:0.37
u:departure 5:-0.14
u:departures 5:-0.33
u:depending 2:0.11 6:-0.19 9:0.13
u:depends 2:0.4 6:-0.39
u:deposit 2:-0.21 3:-0.2 4:-0.37 5:0.14 6:0.41 7:0.13 12:0.15
u:depot 0:-0.37 3:-0.33 5:0.33
u:described 0:0.15 1:0.41 2:0.17 4:0.12 5:0.12 6:0.39 9:0.11 10:0.24 12:0.16 13:-0.1
u:describing 0:-0.2 2:0.13 4:0.12 5:0.22 6:-0.16 12:0.11
u:designed 6:0.18
u:designer 0:0.14
u:desk 1:0.48 2:0.56 3:0.21 5:-0.31 6:-0.46 8:-0.12 11:-0.11
u:despite 0:0.31 7:-0.11
u:dessert 0:-0.19 2:0.14 3:-0.18 5:0.12
u:desserts 6:-0.11
u:detail 4:-0.11
u:detailed 5:-0.15 8:-0.13
u:details 0:0.1 1:-0.16 3:0.16 6:0.35
u:diabetic 2:0.15
u:diagnosed 2:0.13 6:-0.13 9:-0.13
u:diagnostic 1:-0.11 5:-0.26 11:0.12
u:diary 0:0.19 5:-0.15 6:0.2
u:did 0:0.39 1:-0.3 5:0.18 6:0.18 8:0.18 9:0.16 11:0.27 12:0.18
u:didnt 1:0.26 2:0.18 4:0.16 7:0.28 9:-0.27 10:0.23 11:0.31 12:-0.16
u:die 1:-0.2 6:0.23
u:died 0:-0.34 1:0.31 4:-0.1 5:0.26 13:0.14
u:dies 5:0.2 6:-0.18
u:diesel 3:0.1
u:diet 2:0.12
u:diff 2:0.11
u:difference 0:-0.15 2:0.19 5:-0.18 6:0.24 13:0.12
u:different 1:-0.55 2:0.57 4:-0.12 9:-0.38
u:dignity 0:0.24 1:0.28 5:-0.13
u:diners 1:0.35 5:-0.34
u:dining 6:0.13
u:dinner 0:0.17 2:-0.1 6:0.28
u:dinosaur 5:0.27
u:direct 4:0.14 5:-0.24
u:directly 1:-0.18
u:directors 4:-0.17
u:dirty 1:0.19 2:-0.19 3:0.12 8:-0.11 10:-0.16
u:disabled 0:0.33
u:disaster 6:0.15
u:discharge 1:0.11 2:0.13
u:discharged 0:0.15 2:0.16 6:0.11
u:discount 0:-0.14 1:0.15 2:-0.13 3:-0.12 4:0.25
u:discounts 5:0.15
u:discovered 1:-0.1 2:0.12
u:discuss 0:0.13
u:discussed 0:-0.11 2:-0.24 4:0.1 5:0.21 8:-0.1
u:discussion 0:-0.47 1:-0.14 2:-0.11 6:-0.19 8:0.1
u:discusting 3:0.22 5:-0.14
u:disgrace 3:-0.41 5:-0.17
u:disgraceful 4:0.2
u:disgusting 5:-0.12
u:dishes 1:-0.15 5:-0.17 6:0.11
u:dishwasher 1:0.22 3:-0.39 6:-0.17
u:dishwater 5:0.15
u:dismissive 0:0.11 5:-0.31 6:0.18 8:-0.14
u:dispatched 0:0.28
u:dispensary 5:-0.32
u:dispensing 0:-0.12
u:display 1:0.12 2:-0.13 3:0.15 5:-0.23
u:dissatisfaction 6:0.14
u:divided 2:-0.15
u:divorce 1:0.17 8:-0.22
u:dj 6:0.1
u:do 2:0.53 3:0.24 4:0.32 6:0.12 9:0.14 11:-0.11 12:0.2
u:doc 1:0.38 5:-0.11 8:-0.13
u:doctor 0:-0.19 1:-0.18 2:0.24 4:0.18 5:-0.13 6:0.42
u:doctors 1:-0.15 6:0.17 9:0.19 13:-0.1
u:documents 0:-0.11 5:0.21
u:dodgy 0:0.28 1:0.28 2:0.22 4:0.35 5:-0.38 6:0.11
u:does 0:-0.61 1:-0.41 2:0.14 3:0.42 6:0.22 9:-0.17 13:-0.1
u:doesnt 1:-0.3 2:0.11 4:0.32 5:0.33 9:-0.18 11:-0.14 12:-0.18 13:-0.29
u:dog 0:-0.23 1:0.3 3:0.13 4:-0.23 8:0.11 12:0.15
u:dogs 5:0.57
u:doing 1:0.22 4:0.11 5:0.3 7:-0.14 9:0.28
u:domestic 3:0.19
u:dominant 5:-0.17
u:dominated 0:0.42
u:donations 12:-0.1
u:done 0:0.1 7:0.23 12:0.21
u:dont 0:-0.16 1:-0.17 4:0.38 5:-0.15 7:0.18 11:0.19
u:door 0:0.32 2:-0.41 4:0.13 6:0.27 7:0.13
u:doorbell 0:0.35 3:0.17
u:doorframe 5:0.15 6:0.1
u:doors 3:-0.13 5:0.14 7:-0.13
u:doorstep 0:0.17 6:-0.28 8:-0.13
u:dosage 2:0.16
u:dose 2:0.3
u:dot 0:0.28 1:0.31 6:-0.13
u:double 0:0.26 1:-0.21 2:0.18 5:0.32 6:-0.35
u:doubled 4:0.22 5:-0.11
u:down 0:0.2 1:0.35 2:-0.36 3:0.34 5:-0.11 6:-0.14 12:-0.19 13:0.13
u:downhill 1:0.2 4:0.12 5:0.33 10:-0.11 12:-0.14
u:downside 4:0.12 5:0.14
u:dr 1:-0.14 2:0.18 5:-0.25 6:0.15 9:0.23
u:dragon 8:-0.17
u:drain 0:0.32 5:-0.17 6:-0.14
u:draw 12:-0.1
u:drawings 1:-0.19 4:0.18 5:0.12
u:dreading 0:0.11 2:0.1 5:-0.17
u:dress 2:0.22 5:0.32 12:-0.14
u:dressed 0:0.24 1:0.15
u:drew 2:0.14 4:-0.17 6:0.32 9:0.1
u:dried 5:0.22 6:0.17
u:drifted 0:-0.16
u:drill 0:-0.26 4:0.13
u:drilled 0:-0.2 1:-0.16 2:0.28 3:-0.11 5:0.66 6:0.14 12:-0.2
u:drink 0:0.16 1:-0.11 5:-0.41 6:0.24 11:0.13 13:0.1
u:drinks 5:0.23 6:-0.12 8:-0.14 12:0.11
u:drips 5:0.29
u:drive 3:0.45 6:-0.14 12:0.24
u:driven 6:0.12
u:driver 0:0.41 1:0.49 2:0.18 4:0.27 5:0.48 6:0.11 7:0.24 8:-0.24 9:-0.14 12:-0.17
u:drivers 0:0.2 2:-0.31 3:0.22 5:-0.34 7:-0.18
u:drives 1:0.17 5:0.2
u:driveway 3:-0.11 5:0.24
u:driving 0:0.35 2:-0.29 3:-0.36 5:0.16 7:0.12 8:-0.13 12:-0.18
u:drop 1:-0.13 2:-0.12 5:0.13 7:-0.11
u:dropped 0:0.17 1:-0.29 2:-0.15 4:-0.2 6:0.29 7:0.28 10:0.25 12:-0.28
u:dropping 1:0.2 6:-0.13 8:-0.1
u:drops 1:-0.29 5:0.13 6:-0.18 12:-0.11
u:drove 0:-0.36 1:0.29 5:0.2 12:0.15
u:drug 5:0.12
u:dry 1:0.2 2:0.21 3:-0.35 4:-0.37 5:0.7 8:-0.15
u:dryers 10:0.14
u:dublin 4:0.1 5:0.11 6:-0.11 11:-0.24
u:due 0:-0.26 6:0.26
u:dug 0:0.12 3:-0.15 5:0.12
u:dumped 1:-0.11
u:dunno 11:0.11
u:during 1:0.22 5:-0.19 8:-0.19
u:dust 0:-0.1 2:-0.28 3:0.23 10:0.15
u:dusty 3:0.2
u:duty 1:-0.13
u:dye 0:-0.13 2:0.21 5:0.13
u:dyslexia 5:0.23
u:dziękuję 5:0.15
u:e 0:0.36 2:-0.23 4:-0.14 5:-0.28 6:0.22 7:-0.15 9:-0.1
u:each 0:0.19 1:0.59 2:-0.38 4:-0.18 6:0.86 7:0.17 9:-0.16 12:-0.16
u:ear 0:0.26 1:-0.3 4:-0.17 5:0.77 12:-0.26
u:earlier 5:0.15
u:earliest 4:-0.27 5:0.15
u:early 1:-0.2 2:0.21 4:0.11 5:0.2 6:0.12 12:0.1
u:earth 0:-0.11 5:-0.13 11:-0.15
u:easier 2:-0.21 6:0.23
u:easily 5:-0.33 6:0.11
u:east 2:0.2 4:-0.19
u:easter 5:-0.25 7:-0.16
u:easy 0:0.12 5:0.21 7:0.12
u:eat 2:-0.15 3:0.12 4:0.15 5:0.49 8:0.14
u:eaten 3:0.25
u:eating 0:0.2 5:0.11
u:economy 5:0.19
u:edition 0:-0.13
u:effects 1:0.14 2:-0.11
u:egg 1:0.16
u:eggs 2:-0.11 4:-0.17 5:0.25 8:0.1 12:-0.19
u:egyptian 1:0.12 2:0.24 6:-0.32
u:eight 0:0.89 2:0.31 5:-0.35
u:either 0:-0.36 1:-0.34 6:-0.23
u:el 6:0.33
u:elderly 1:0.73 6:-0.14
u:electric 3:-0.19 5:0.41
u:electrical 0:-0.1 1:0.1 3:-0.21 4:-0.12 5:0.1
u:electrician 0:0.43 1:-0.32 3:0.47 5:-0.25
u:electricity 0:0.1 5:-0.13
u:electronics 4:-0.13 5:0.11
u:eleven 0:0.36 1:-0.3 4:0.14 6:-0.13 7:-0.13
u:else 8:-0.17 11:0.27
u:elses 0:0.24 2:0.29 3:0.38 5:0.11 9:-0.14 10:-0.12
u:elsewhere 0:-0.1 1:0.11 3:0.11 5:-0.15
u:email 0:-0.18 1:-0.1 2:-0.21 5:-0.51 6:0.24 10:0.15
u:emailed 0:-0.22 1:-0.19 2:-0.25 4:-0.14 5:0.1 6:0.43 12:-0.11 13:0.11
u:emails 2:-0.16 4:-0.28 5:-0.18 6:0.84 13:-0.26
u:embarrassing 5:0.18
u:emergency 2:-0.18 5:-0.13 7:-0.2
u:emptied 3:-0.23 6:-0.18
u:empty 0:0.16 2:0.14 5:-0.2
u:encouraging 0:-0.13 5:0.22
u:end 0:0.2 1:0.31 2:0.38 3:-0.18 4:-0.18 6:-0.23 7:-0.17 11:0.25 13:-0.13
u:ended 0:0.18 3:-0.12 4:-0.1 6:-0.11 7:-0.12 9:-0.15 12:-0.12
u:ends 2:-0.15 3:0.27 5:0.21
u:energy 0:0.27 1:0.16 4:0.28 5:-0.4
u:engine 0:-0.11 2:0.35 6:-0.23
u:engineer 1:-0.16 3:0.49 6:-0.28 9:-0.14 12:-0.15
u:engineering 4:0.12 5:0.19
u:engineers 1:0.18 3:-0.12 5:0.19 6:0.41
u:english 0:-0.13 2:-0.4 4:0.2 6:0.47 8:0.11 13:0.34
u:engraving 2:-0.24 5:0.38
u:enjoy 1:-0.17
u:enough 2:0.19 3:-0.24 4:-0.28 5:-0.21 11:0.11
u:enquiries 1:0.13
u:enrolment 4:-0.12
u:enthusiastic 0:0.15
u:entire 1:0.12 5:-0.11 7:-0.12
u:entirely 0:0.14 3:0.28 5:0.28 6:0.14 11:0.16
u:entitled 4:0.26 6:-0.16
u:entrance 1:-0.19 3:0.1
u:entry 0:-0.11 4:0.1 5:0.35 6:-0.23
u:enuf 1:0.15 12:0.14
u:equipment 0:0.31 2:0.11 4:0.23 5:0.12 7:-0.1 10:0.1
u:es 5:-0.16
u:esim 2:0.25
u:especially 2:0.11 3:0.18 4:-0.11 5:0.31 6:0.12
u:estate 0:-0.17 1:-0.4 2:-0.14 5:0.41 6:0.11
u:estimate 3:0.11 4:0.19
u:estimated 4:-0.2
u:even 0:-0.21 1:-0.18 3:0.15 5:-0.36 7:0.22 8:0.41 10:0.3 11:0.2 12:0.32 13:0.12
u:evening 0:0.13 2:0.21 5:0.25 6:-0.13
u:event 1:0.1
u:events 1:-0.13 5:0.13
u:eventually 0:-0.27 1:0.16 5:0.34
u:ever 0:0.29 1:-0.1 2:-0.36 4:0.12 5:-0.2 6:0.19 7:-0.11 8:0.18 10:-0.19 12:0.14
u:every 0:0.22 2:-0.23 3:0.39 4:0.24 5:0.25 6:0.23 8:0.22 9:0.13 10:0.38 11:-0.18 13:0.53
u:everyone 1:0.31 2:-0.32 3:-0.16 5:-0.12 6:0.13 8:0.18 10:0.15 11:-0.11
u:everyones 1:-0.14
u:everything 0:0.33 1:-0.21 2:-0.14 3:0.22 4:0.18 5:0.57 6:0.26 7:0.22 9:0.17 10:0.23 12:0.39 13:0.33
u:everywhere 0:0.12 1:-0.38 3:0.51 4:0.15 5:-0.26 10:-0.18
u:evidence 6:0.18
u:evry 5:-0.11
u:evrything 5:-0.15 6:0.29
u:exact 0:0.13 1:-0.12 2:0.12
u:exactly 1:-0.27 2:0.43 3:-0.18 4:0.17 5:0.65 7:0.15 9:0.48 11:0.26 12:0.3 13:0.4
u:exam 0:0.26 1:-0.11 6:-0.15
u:examples 0:0.15 5:-0.11 6:0.15
u:excellent 2:0.11 3:0.12 6:0.4 9:0.14 12:0.14
u:excess 4:0.3 5:-0.1
u:exchange 1:-0.15 5:0.18 12:-0.11
u:excluded 6:0.17 11:-0.11
u:excuse 0:0.16
u:exercise 6:0.22
u:exercises 1:0.12 2:-0.11 5:0.57
u:exhausted 2:-0.13
u:exhibition 5:0.24 6:-0.1
u:existing 2:0.11
u:exit 1:-0.16 6:0.14
u:expect 0:0.17
u:expected 0:0.1 1:0.19 2:-0.22 5:0.14 6:-0.2 11:-0.12 12:-0.18
u:expecting 4:0.2 5:0.25 7:0.15 11:0.11 12:0.16
u:expenses 0:-0.1
u:expensive 4:0.13 5:-0.22 6:0.28
u:experience 0:-0.22 1:-0.14 2:-0.17 4:-0.12 5:-0.34 6:-0.26
u:experienced 5:-0.12
u:experiences 0:0.14 1:0.13
u:expert 2:0.31 5:-0.15 9:-0.21
u:expertise 6:0.13
u:explain 1:-0.32 2:0.44 4:-0.15 5:-0.24 6:0.1
u:explained 1:0.11 3:0.33 4:-0.38 5:-0.15 6:0.54 9:0.29 11:-0.12 12:0.2 13:0.66
u:explaining 5:0.35 6:0.13 13:-0.1
u:explains 1:0.33
u:explanation 1:0.19
u:explaned 2:0.22 6:0.42
u:express 0:0.66 2:-0.11 5:-0.35 7:-0.22
u:extended 0:0.12 3:-0.13 4:0.34 5:-0.15 6:-0.13
u:extender 5:-0.16
u:extension 0:-0.12 6:0.17
u:extortionate 0:0.13
u:extra 0:0.37 1:0.23 2:-0.42 3:-0.2 4:-0.15 5:0.62 6:0.19 7:-0.22 8:-0.11
u:extras 0:0.19
u:extremely 1:0.12 2:0.1
u:eye 0:-0.13 1:0.12 4:0.57 6:-0.14 9:-0.11 11:-0.19
u:eyes 0:-0.22 1:0.22 2:-0.12 5:-0.27 6:-0.15
u:fab 1:1.02 8:0.14
u:fabric 0:0.11 1:0.1 4:0.16 5:0.22
u:face 1:-0.42 2:-0.21 5:0.35
u:facebook 0:0.14 6:-0.15
u:faces 6:0.13
u:facial 4:-0.11 5:0.17
u:facilitator 2:0.11
u:facilities 0:-0.11
u:fact 5:0.17
u:factory 6:0.17
u:fade 5:0.24 11:0.22 12:0.25
u:faded 5:0.16 6:-0.21
u:faff 5:-0.15
u:fags 5:-0.13
u:failed 0:0.22 7:0.15 13:0.11
u:fainted 0:0.14 4:-0.12
u:fair 0:0.25 1:0.3 2:-0.23 3:0.12 4:0.47 5:0.68 11:0.64
u:fairly 12:0.15
u:fairness 5:0.35
u:faith 2:-0.13 8:0.12
u:faithfully 0:-0.19 2:-0.16 5:0.23
u:fall 0:0.14 2:0.25 5:-0.15 6:-0.39
u:falling 0:-0.14
u:falls 5:0.16
u:families 0:-0.17 1:-0.11 5:0.13 10:0.16
u:family 0:-0.21 1:-0.13 5:0.26 6:-0.27 12:0.18
u:famous 5:0.12
u:fantastic 1:0.13 2:-0.16 3:0.13 4:0.16 5:0.21 7:-0.22 11:-0.29 12:-0.12 13:-0.13
u:faq 2:-0.21 5:-0.12 6:0.33
u:far 0:0.2 4:-0.31 6:0.13 8:-0.16
u:fare 1:-0.28 2:0.19 4:-0.11 5:-0.28
u:fares 1:0.22 4:-0.12 6:-0.33 8:0.1
u:farm 1:0.16
u:faro 5:0.46
u:fast 0:0.47 4:-0.4 5:0.48 6:0.16 7:0.32 11:-0.12 13:-0.14
u:faster 12:0.13
u:fat 10:-0.17
u:father 0:-0.18 1:0.15 2:-0.18 5:-0.18 6:-0.17
u:fault 0:0.13 1:0.38 2:0.23 6:-0.28 7:0.12 9:0.16
u:faultless 3:-0.16 5:0.44 6:0.31 12:-0.11
u:faults 2:0.19 5:-0.14
u:faulty 6:0.1 9:0.12
u:favourite 1:0.15 4:0.19 8:-0.12
u:feature 1:-0.19 5:-0.24 6:0.25
u:fed 2:-0.14 3:-0.2 6:-0.14 11:-0.2
u:fee 0:-0.24 2:0.21 3:-0.24 4:0.57 5:-0.62 6:0.18 11:-0.36 12:0.12
u:feed 1:0.21 2:0.19 6:-0.19
u:feedback 1:-0.24 2:0.34 5:-0.27 9:0.13 13:0.11
u:feel 0:-0.68 1:0.11 2:0.14 4:0.47 5:-0.13 6:-0.12 8:0.13 11:-0.18
u:feeling 0:0.31
u:feels 2:-0.14 4:-0.18 5:0.18
u:fees 0:0.12 1:-0.24 3:-0.22 4:0.86 5:-0.17 10:-0.16 11:-0.29
u:feet 3:0.31 8:0.12 9:0.1 10:-0.1
u:fell 0:-0.11 1:0.17 4:-0.38 5:0.37 12:-0.19
u:fella 1:-0.19 2:0.53 4:-0.14 5:0.25 9:0.18
u:felt 0:0.23 1:0.24 2:0.19 4:0.39 5:-0.26 6:0.24 8:-0.13 9:-0.11 11:-0.26 12:-0.14
u:fence 0:0.34 5:0.11
u:ferry 2:0.23 4:0.3
u:few 1:0.12 4:-0.12 5:0.29 6:-0.23 7:0.12 11:-0.13
u:fewer 6:-0.14 7:0.17 12:0.1 13:0.1
u:fibre 0:-0.69 5:0.68 9:-0.16
u:field 1:-0.12 2:-0.16 6:-0.26
u:fielding 6:0.12
u:fifteen 5:-0.12
u:fifty 0:0.11 2:-0.11
u:fight 0:0.16 5:0.32 12:0.18
u:figure 1:-0.12 4:-0.17 6:0.13
u:file 3:-0.12 6:-0.13
u:fill 0:-0.14 2:-0.11 5:-0.1
u:filled 1:0.27 4:-0.15 6:-0.21
u:filler 1:-0.11 2:0.18 4:-0.25 5:0.17 6:0.11
u:filling 4:-0.23 5:-0.15
u:fillings 0:-0.19 2:0.26 5:-0.13
u:film 3:0.36 5:0.42 6:-0.18 12:0.16
u:filthy 0:-0.35 1:-0.12 3:0.32 4:0.1 5:-0.51 6:-0.18 10:-0.3
u:final 1:-0.12 4:0.24 5:-0.41 6:0.51 13:-0.13
u:finally 0:0.14 2:-0.13 5:0.54 6:-0.15 7:-0.14 9:0.31 10:0.36 12:0.24
u:finance 0:0.1 2:-0.18 4:-0.3 5:-0.2
u:find 0:-0.15 1:-0.33 2:0.2 5:-0.3 8:-0.11 10:-0.12 11:-0.16 12:-0.1 13:-0.23
u:finding 1:0.18 6:0.18
u:fine 0:-0.36 1:-0.71 2:0.52 3:-0.48 4:-0.34 5:-0.48 6:-0.75 8:-0.17 9:-0.25 11:0.1 12:0.19
u:fined 4:-0.18 5:0.2
u:fines 4:0.54
u:fingerprints 2:-0.11 5:-0.16
u:finish 3:0.18 5:0.12 6:-0.13 11:0.13
u:finished 5:-0.12 6:-0.16 8:-0.2
u:fire 0:-0.21 1:-0.17 4:-0.19
u:firm 3:0.12 4:0.28 5:-0.16 11:0.1
u:firms 0:-0.12 2:-0.15
u:first 0:0.14 1:-0.39 2:0.68 3:-0.17 4:-0.32 5:-0.32 7:0.2 8:0.21 9:0.24 12:0.2 13:0.3
u:fish 2:0.21 3:-0.46 4:-0.15 5:0.12 6:-0.25
u:fit 1:-0.11 5:-0.19 6:0.26 7:-0.2
u:fits 5:0.28
u:fitted 0:0.34 2:-0.12 3:-0.12 4:0.18 5:0.61 7:0.18 10:0.12 11:-0.12 12:0.26
u:fitter 0:0.34 1:0.12 2:0.16 3:0.11
u:fitters 1:-0.1
u:fitting 0:0.18 2:-0.22 3:0.48 4:0.21 5:-0.47 6:0.15 7:0.1
u:five 0:0.46 1:-0.28 2:-0.28 3:0.42 5:0.32 6:0.27 7:-0.28 12:0.26 13:-0.11
u:fiver 4:0.42 11:0.38 12:0.11
u:fix 0:0.43 1:-0.33 3:-0.19 6:-0.14 12:0.1
u:fixed 0:0.42 1:-0.15 2:0.16 4:0.55 5:0.29 7:0.13 9:0.1 11:0.3 12:0.28
u:fixes 5:-0.13
u:fixtures 6:0.22
u:flagged 1:0.11
u:flapjack 5:-0.1
u:flat 0:-0.48 2:0.33 4:-0.14 5:0.17 6:-0.16 7:0.19 9:0.13
u:flats 3:0.13 5:0.26
u:flea 11:-0.14
u:fleek 5:0.5
u:flew 0:0.12 4:0.11 5:-0.26
u:flexible 1:0.2 11:-0.14
u:flies 3:0.26 5:-0.11
u:flight 0:0.24 6:0.18
u:flights 1:0.16 3:0.15 5:-0.15
u:flimsy 4:-0.22 5:0.18
u:flood 2:0.11 5:-0.13
u:floor 0:0.22 3:0.57 4:-0.27 5:-0.35 6:0.13 10:-0.36 12:0.22
u:floors 0:-0.17 3:0.17 5:-0.31
u:florist 5:0.47 6:0.32
u:flossing 5:0.41
u:flowers 5:-0.36 10:0.12
u:flown 1:0.1
u:flu 6:-0.1
u:fly 0:0.27 1:-0.27 5:-0.12 11:-0.29
u:focus 0:-0.11 5:0.12
u:focused 0:-0.15
u:foils 0:0.17
u:follow 1:-0.14 4:0.25 5:-0.28 6:0.32
u:followed 1:-0.1
u:following 0:0.53 7:-0.23
u:follows 1:0.15
u:fone 1:0.45 5:-0.13
u:food 0:0.2 2:-0.2 3:0.15 5:0.66 6:-0.45 7:-0.11 8:-0.15 9:-0.11 10:-0.18 11:-0.23 12:0.11 13:0.1
u:foot 2:-0.23 5:0.16
u:football 0:0.1
u:footwell 5:-0.22
u:for 1:0.14 3:-0.1 4:0.34 5:-0.25 6:-0.22 7:-0.81 12:-0.2 13:-0.26
u:forever 0:0.13 6:-0.11
u:forget 2:0.17 5:0.2
u:forgive 8:0.11
u:forgot 0:0.33 5:0.55 6:-0.2
u:forgotten 6:0.15
u:form 0:-0.21 1:0.31 2:0.41 4:0.25 5:-0.38 6:0.34
u:formal 0:0.12
u:formally 4:0.12
u:format 0:-0.11
u:forms 0:-0.11 5:-0.23 6:-0.12
u:fortnight 0:0.14 2:0.32 3:0.19 4:0.2 5:0.44 10:-0.1 12:-0.32
u:fortune 4:0.24
u:forty 0:0.25 1:-0.2 2:0.28 4:0.29 5:-0.15 7:-0.11 13:-0.11
u:forum 2:0.11
u:found 0:-0.26 1:0.22 2:0.57 3:0.39 4:0.25 5:-0.33 6:-0.1 8:-0.29 9:0.27 13:-0.26
u:four 0:0.48 1:0.31 5:0.22 6:0.25 7:-0.5 8:-0.15 12:0.1 13:-0.14
u:fourteen 0:0.17 2:-0.11 6:0.27
u:fourth 6:0.19 9:-0.13
u:foyer 10:0.18
u:fr 5:0.14
u:frame 1:-0.27
u:frames 3:-0.18 4:0.1 5:-0.23
u:fraud 0:0.59 1:0.37 3:-0.18 5:-0.17 7:0.11
u:free 0:-0.12 3:-0.37 4:-0.46 5:-0.44 6:0.3 7:0.2 8:0.13 12:-0.16
u:freehold 2:0.1 6:-0.13
u:freeze 0:0.19
u:freezer 5:0.2 6:0.14
u:freezers 5:-0.11
u:freezes 5:-0.12
u:freezing 3:0.16 5:0.48 12:-0.25
u:freindly 1:0.18 5:-0.11
u:french 0:0.15 5:0.14
u:frendly 1:0.26
u:fresh 0:-0.14 1:0.1 3:0.22 5:-0.32 6:-0.17 10:0.37
u:fresher 5:0.14
u:freundlich 0:0.24 1:0.11
u:friday 0:0.22 1:-0.12 2:-0.17 5:0.17
u:fridays 1:-0.13
u:fridge 0:-0.25 1:0.11 3:0.12 5:-0.12 6:0.22 12:-0.14
u:friendly 0:0.37 1:1.41 2:0.54 3:0.41 4:0.14 5:-0.48 8:0.35 9:-0.12 11:0.11
u:friends 4:-0.23 5:0.11 6:-0.11
u:from 0:-0.29 2:0.23 5:0.16 6:-0.2 7:0.22 11:-0.16 13:-0.16
u:front 1:-0.35 3:0.4 4:0.13 5:0.3 10:-0.18 11:-0.1
u:frozen 5:0.21 12:-0.13
u:fruit 0:0.52
u:frustrated 2:0.12 5:-0.16 6:0.16
u:frustration 0:0.25 1:0.17 4:0.2 5:-0.11
u:fuel 3:0.1 5:0.23
u:full 0:-0.29 1:-0.17 2:-0.16 3:0.35 4:0.25 5:0.46 6:0.16 9:-0.17 11:0.21 12:0.18
u:fully 1:0.23 5:0.13
u:fumes 3:0.5 5:-0.13
u:fuming 0:-0.11
u:fun 1:0.29
u:function 0:0.13 5:0.11 6:0.2
u:funded 0:-0.17 1:-0.14
u:funeral 0:-0.29 1:0.1 5:-0.23
u:fungal 1:-0.14 5:0.19
u:fur 3:0.14
u:furious 0:0.22 5:-0.12 7:-0.15
u:furniture 0:0.15 4:0.15 5:0.11
u:further 0:-0.19
u:fuse 0:0.16 1:0.3 3:-0.11 5:0.23
u:fussy 3:0.29
u:g 1:0.31
u:gala 4:-0.11
u:gallery 1:0.36 4:0.18 6:-0.31
u:gallstones 2:0.13
u:garage 0:0.11 1:-0.15 2:0.63 5:0.17 6:0.5 9:0.16
u:garages 5:-0.31
u:garden 1:-0.54 3:0.62 5:-0.3 6:-0.25
u:gardener 0:-0.21 1:-0.27 2:0.12 3:0.46 4:0.2 5:0.22 12:0.23
u:gardeners 3:-0.23 5:0.14
u:gas 1:0.14 4:-0.15 5:0.24
u:gate 0:0.18 1:0.34 2:-0.14 4:0.15 5:-0.15 6:0.11 8:-0.11 11:0.11
u:gates 0:0.13 6:-0.11 7:0.2
u:gauge 3:0.33 5:0.15 6:-0.19
u:gave 0:-0.13 2:0.41 3:-0.17 4:-0.29 6:-0.16 9:-0.21 13:0.14
u:gcse 5:-0.12 6:-0.21
u:gears 0:0.24 4:0.11 5:0.31 12:0.19
u:gel 4:-0.1 12:0.24
u:gem 0:0.2 1:0.26 6:-0.12
u:general 1:-0.11 4:-0.28
u:generally 1:-0.15 2:0.13 3:0.12
u:generic 5:0.41 6:-0.15
u:generous 0:0.17 5:0.11
u:genius 2:-0.16
u:gent 1:0.12 5:-0.13
u:gentil 1:0.11 5:-0.17
u:gentle 1:0.13 2:-0.15 5:-0.2 6:0.18 13:0.11
u:gentleman 4:-0.11
u:gently 10:-0.13
u:gents 3:0.12
u:genuine 1:-0.54 5:0.77
u:genuinely 0:0.13 2:0.14 3:0.23 4:-0.17 6:-0.19 9:0.18 12:0.11
u:get 1:-0.55 2:0.36 3:-0.18 4:0.23 5:0.28 11:-0.11 12:-0.3 13:-0.11
u:gets 2:-0.29 4:0.11 5:0.15 6:0.32 11:-0.15 12:-0.11
u:getting 0:0.36 1:-0.28 5:0.29 6:0.5 13:-0.12
u:gift 5:0.28 6:0.15
u:girl 1:0.3 5:-0.3 6:-0.19
u:girls 8:0.19
u:give 0:0.12 3:-0.21 5:0.48 6:0.34 12:0.1 13:-0.1
u:given 2:0.35 5:0.22 11:0.2
u:gives 2:0.28 5:0.11 6:-0.1
u:giving 2:0.17 5:-0.24 6:-0.2
u:glad 1:-0.28 2:0.15 4:0.22 5:-0.13 12:0.1
u:glare 5:0.16
u:glass 2:-0.13 3:0.22 5:-0.15
u:glasses 2:-0.17 3:0.24 4:-0.12 5:-0.14 13:0.11
u:glaucoma 2:0.27
u:gleaming 3:-0.36 5:0.29 10:0.11
u:glitter 1:0.19
u:glue 0:-0.19
u:glued 0:0.35 1:0.13
u:gluten 2:0.35 5:-0.21
u:go 0:-0.1 1:-0.12 2:0.4 5:0.24 9:0.12 12:-0.12
u:godsend 0:0.36 1:0.17 5:-0.12 7:0.1
u:goes 0:0.15 3:0.22 5:0.15 6:-0.14 7:-0.16
u:going 1:-0.11 2:-0.13 3:0.38 4:-0.3 5:0.5 12:0.2
u:gone 0:0.49 2:0.24 5:0.1 6:-0.43 11:-0.15 12:0.14
u:gonna 5:0.22
u:good 0:-0.22 3:-0.11 5:0.43 6:0.23 8:0.11 9:0.22 12:0.22
u:goodbye 0:-0.12
u:goodwill 4:-0.11
u:google 6:0.11
u:googled 2:0.16 5:-0.12 9:-0.14
u:gorgeous 3:0.1 4:0.23 5:0.66 12:0.2
u:got 2:0.15 3:-0.28 4:-0.12 7:0.15 8:-0.13 9:0.11 10:0.14
u:gp 0:0.45 1:-0.4 2:0.13 4:-0.12 5:-0.16 6:-0.14 7:-0.18 12:-0.12
u:gps 0:0.18 2:0.24 5:-0.12 6:-0.18
u:gr 1:0.23 4:0.26 5:0.37 12:0.16
u:grabbed 0:-0.26 5:0.24
u:gracias 1:-0.11 4:-0.13
u:grade 1:0.29 5:0.28 6:-0.23
u:grand 5:0.1
u:grandmothers 0:-0.18 5:0.21 6:0.19
u:grass 0:-0.13 3:0.15
u:grate 5:0.28 12:0.15
u:grateful 0:-0.24 5:0.2
u:gravy 4:0.1
u:grazie 4:0.1
u:greasy 3:0.26 5:-0.33
u:great 1:0.15 2:-0.14 3:-0.22 4:-0.29 5:0.37 7:-0.29 9:-0.14 12:-0.23 13:-0.29
u:green 3:-0.38
u:greengrocer 2:0.15 5:-0.14 6:-0.3
u:greeted 1:-0.31 3:0.33
u:grey 0:-0.12 4:0.11 5:0.54
u:grim 0:-0.1 1:0.16 3:0.58 5:-0.46 10:-0.26
u:gripe 0:0.14 1:0.19 3:0.26 4:0.2 5:0.24 7:0.1
u:gristly 5:0.2
u:groom 5:0.3 11:0.15
u:groomer 1:0.2 5:0.16 6:0.31 12:-0.13
u:gross 3:0.19 5:-0.16
u:grotto 1:-0.26
u:grotty 2:0.22 5:-0.37
u:ground 0:0.2 1:0.27
u:group 1:0.22 4:0.16 5:-0.37 6:-0.29 7:0.15 10:0.19
u:groups 0:0.12 3:-0.12 5:0.12 12:-0.13
u:grout 3:-0.23 5:0.41
u:grow 1:0.18 5:0.14
u:grown 2:0.17 5:0.16
u:grubby 0:-0.14 3:0.13 4:-0.11 5:-0.14 10:-0.12
u:grumble 1:0.13 5:-0.12
u:grumbled 0:0.12
u:grumpy 0:-0.14 1:0.31 5:0.41
u:grunt 5:-0.14 8:-0.29
u:guaranteed 0:0.17
u:guard 2:0.11 5:-0.27 6:0.33
u:guess 1:-0.24 5:-0.36
u:guests 1:-0.22 3:0.17 4:0.1 10:-0.22 13:-0.12
u:guide 2:-0.14 5:0.58
u:guitar 0:-0.18 1:0.15
u:gum 1:-0.41 5:-0.12 6:-0.15
u:gums 0:-0.25 1:-0.13 5:0.45
u:gut 0:0.35
u:gutted 2:0.15 4:-0.11 5:0.15
u:guy 0:-0.35 2:0.44 3:-0.17 4:-0.34 6:-0.45
u:guys 1:-0.47 5:0.13
u:gym 0:0.32 1:-0.12 2:0.21 3:0.21 4:-0.25 6:-0.26
u:gyms 2:0.12 3:0.14 4:-0.12 5:-0.22
u:h 0:0.15 2:0.2
u:ha 0:0.62 7:-0.11
u:had 0:-0.18 1:0.25 3:0.25 10:0.11 11:-0.17 13:-0.3
u:hadnt 0:-0.15 1:0.27 2:0.22 3:0.11 5:-0.22 6:0.22 9:-0.13 13:-0.18
u:hair 1:-0.12 3:0.27 4:-0.18 8:-0.12 10:-0.19 12:0.11
u:haircut 1:0.33 4:-0.12 5:0.23
u:haircuts 5:0.16
u:hairdresser 1:0.17
u:half 2:0.16 3:-0.14 4:0.17 5:0.15 6:0.43 7:0.23 9:-0.15 12:-0.29 13:-0.14
u:halfway 0:0.3
u:hall 0:-0.27 2:-0.14 3:0.49 5:0.29 10:-0.12
u:halls 0:0.38 3:0.4 5:-0.6
u:hallway 0:0.12 3:0.12
u:halved 4:-0.16 5:0.11 6:-0.1 12:0.17
u:ham 1:0.1
u:hamstring 5:0.16
u:hand 0:0.16 1:0.23 2:0.11 3:0.31 5:-0.26 6:-0.12 10:0.1
u:handed 3:-0.17 6:0.11 12:0.13
u:handheld 0:0.19
u:handle 1:-0.31 2:0.27 6:0.11
u:handled 0:0.14 2:0.15 5:0.16 13:0.12
u:handler 0:0.13 2:0.14 6:0.11
u:handlers 2:-0.13
u:handling 0:-0.13 6:0.42 13:-0.12
u:handover 1:-0.18 4:-0.11
u:hands 1:-0.18 2:0.19 4:-0.12 5:0.66 6:-0.18
u:handset 2:0.41 5:-0.13 9:0.11
u:handsets 0:0.29
u:handwritten 1:0.42 2:-0.27 6:0.29
u:handy 0:-0.19 1:0.22 2:-0.16 3:-0.45 5:0.18 8:-0.11 12:0.12
u:hangers 4:-0.3
u:hanging 12:0.14
u:happen 0:0.14 2:-0.17 5:0.28 13:0.14
u:happened 0:0.11 2:-0.11 5:0.14 6:0.17
u:happening 1:0.13 2:-0.23 4:-0.1 5:-0.1 6:0.36
u:happily 5:0.13 11:0.12 12:0.1
u:happy 0:-0.1 1:0.13 3:-0.24 4:0.15 6:-0.17 11:0.42
u:hard 0:-0.16 1:0.26 2:-0.16 4:0.12 6:-0.2 13:-0.13
u:harder 0:0.12
u:hardly 3:-0.18 4:-0.13 5:0.31 12:0.11
u:hardware 4:0.13
u:hardy 5:0.49
u:harsh 4:0.13
u:has 1:0.24 2:-0.16 4:0.11 5:0.54 6:-0.11 7:0.15 10:0.11 12:0.32 13:-0.19
u:hasnt 0:0.12 2:0.19 5:0.21 6:-0.4 12:0.13
u:hatch 5:-0.19 6:-0.21
u:hate 1:0.42 6:0.11
u:hated 1:0.29
u:have 0:-0.3 1:-0.36 2:-0.16 3:0.35 6:0.12 8:-0.14 11:-0.26
u:havent 0:-0.15 3:-0.13 5:0.11 6:-0.11
u:having 4:0.23 6:0.33 8:-0.1
u:he 1:0.37 2:0.45 3:0.19 4:0.19 5:0.2 8:0.19 9:0.16 10:0.3
u:head 0:-0.14 1:-0.17 3:-0.12 5:-0.15 6:-0.23 7:-0.1 12:-0.17
u:headache 5:0.3
u:headaches 2:0.16 6:-0.21 9:-0.12
u:headphones 0:-0.11 1:-0.17 12:0.1
u:headsets 2:-0.31 5:-0.13 6:0.78 13:0.3
u:health 0:-0.17 1:-0.13 3:-0.28 6:0.14 8:0.16
u:healthcare 0:0.25 6:-0.15
u:healthier 5:0.29
u:hear 3:0.15 4:-0.17 5:0.19 6:0.36 7:-0.13 11:-0.11
u:heard 0:-0.15 2:0.14 4:-0.13 6:0.59 13:-0.12
u:hearing 0:-0.17 1:0.23 3:-0.14 5:0.13 6:0.11
u:heart 1:-0.11 5:0.22
u:heater 5:0.27
u:heathrow 5:-0.1
u:heating 0:-0.18
u:heaven 5:-0.34 10:0.1
u:heaving 0:0.12 4:-0.16
u:heavy 1:0.19 4:-0.21 5:0.25
u:hed 0:0.21 1:0.42 2:-0.41 5:0.59 6:0.15 7:0.1 10:-0.15
u:hedge 0:-0.27 5:0.17 12:0.21
u:hedgehog 2:0.14
u:held 1:0.47 2:-0.12 5:0.21 6:0.4 8:0.12
u:hello 0:-0.17 1:0.29 5:-0.14 6:-0.12 8:-0.18
u:help 1:0.34 2:0.19 5:-0.33 6:-0.17
u:helpdesk 0:0.22 1:0.16 2:0.43 5:-0.2 6:-0.25
u:helped 0:-0.22 1:-0.2 2:0.19 5:-0.27
u:helpful 0:-0.29 1:0.25 4:0.14 5:-0.15 6:-0.16 13:-0.27
u:helpfull 1:0.23
u:helping 0:-0.28 4:0.1
u:helpline 0:0.19 1:0.1 2:0.14 4:-0.24 5:0.44 6:0.29 7:-0.21 12:-0.3 13:-0.11
u:hem 5:0.13 11:0.19
u:her 0:0.14 1:0.43 2:0.31 3:-0.2 6:-0.5 7:-0.19 8:-0.12 9:0.28 10:-0.12 12:-0.11
u:here 0:-0.17 1:-0.14 2:-0.46 4:0.31 7:0.19 11:0.22 12:-0.19
u:herself 1:0.28 2:0.13 5:0.22 6:-0.15 9:-0.15
u:hes 0:-0.5 2:0.15 5:0.42 9:0.12 11:0.12
u:high 0:-0.16 3:0.1 4:0.38 5:-0.2 11:-0.21
u:higher 4:-0.28 10:-0.17 11:-0.1
u:highlight 0:0.17 1:-0.12 5:0.16
u:highly 4:0.2 5:0.27 6:-0.14
u:hijo 1:0.26 5:-0.18
u:him 0:-0.12 1:0.23 2:-0.24 6:0.15
u:himself 0:0.1 2:0.27 3:0.24 5:0.44 12:0.22
u:hinge 0:-0.12 1:-0.11 5:0.2
u:hip 1:-0.18 4:0.11 11:-0.11
u:hire 0:-0.41 1:-0.12 2:0.11 5:0.17 9:0.1 12:-0.22
u:hired 1:0.13 4:0.11 5:0.2 6:-0.14 11:0.19
u:hirers 0:0.12
u:his 0:-0.55 1:0.93 2:0.28 3:-0.28 5:0.16 6:-0.19 8:-0.37 9:0.15 11:-0.14
u:history 1:-0.11 5:-0.11 6:0.15
u:hit 2:-0.1 8:-0.11
u:hmrc 0:0.2 4:-0.14 5:0.19 6:-0.23
u:hob 1:-0.1
u:hoist 0:0.27
u:hold 0:1.15 1:-0.1 3:-0.11 4:-0.23 5:-0.22 6:-0.54 7:-0.42 9:0.11
u:holder 3:0.13
u:holding 1:-0.15 5:0.16 7:0.11 12:0.12
u:hole 0:0.15 1:0.4 5:-0.29
u:holes 0:0.17 2:0.1 6:-0.11
u:holiday 0:0.24 2:-0.16 3:-0.67 5:-0.17
u:home 0:-0.24 1:-0.72 2:0.11 3:-0.44 4:-0.34 5:0.46 6:0.39 9:-0.2 12:0.11
u:homework 12:-0.1
u:honest 0:-0.23 1:0.5 2:0.37 4:-0.14 5:-0.29 8:0.13 9:0.53 13:0.22
u:honestly 0:-0.28 1:-0.26 2:-0.17 3:-0.4 4:0.23 5:0.51 6:-0.14 12:0.25 13:0.13
u:honoured 0:0.14
u:hoover 5:-0.12 10:0.14
u:hoovered 0:0.13 3:0.29 5:-0.14 10:0.29
u:hoovering 1:-0.11 3:0.29 4:-0.19
u:hope 0:-0.2 5:-0.2
u:hoped 5:0.24
u:horror 3:0.11 4:0.11
u:hosepipe 6:0.14
u:hospital 0:-0.4 1:-0.41 2:-0.1 3:-0.14 4:0.16 5:0.35 11:-0.25
u:hospitals 6:0.11
u:host 1:0.11
u:hosting 0:0.12 1:-0.12
u:hosts 5:0.26
u:hot 0:0.26 1:-0.18 6:-0.24 7:0.12 12:0.11
u:hotel 0:-0.19 1:-0.3 3:0.32 5:-0.31
u:hotels 0:-0.1 4:-0.12
u:hour 0:0.17 1:0.18 2:-0.47 3:0.26 4:0.29 5:-0.29 10:0.23 12:0.16 13:0.46
u:hours 0:0.68 1:-0.25 3:-0.44 4:-0.2 5:-0.19 6:0.31 7:-0.51 11:-0.27 13:-0.32
u:house 0:0.13 1:-0.19 2:-0.35 6:-0.24 7:0.11 10:0.12 11:-0.11
u:housekeeping 3:0.49
u:houses 3:-0.17
u:housing 0:0.18 1:-0.16 3:0.21 5:-0.28 6:0.11
u:how 0:-0.46 1:-0.13 2:0.25 3:0.13 4:-0.43 5:0.16 11:0.11 12:-0.16
u:however 0:0.3 2:0.31 3:0.26 4:0.24 5:0.29 6:0.2 7:0.1 12:0.12
u:hr 5:-0.11
u:hrs 0:1.04 1:0.19 4:0.12 5:-0.4 7:-0.23 8:0.11
u:hub 0:-0.13 1:0.19 4:-0.23 5:-0.17
u:huge 6:0.12
u:human 0:0.11 2:-0.2 5:-0.14 6:0.33 13:-0.12
u:humanity 2:-0.12 8:0.12
u:hundred 1:-0.13 4:-0.12
u:hung 1:0.2 6:-0.13
u:hunting 2:0.19 5:0.19
u:hurt 5:0.22
u:husband 0:-0.26 1:0.26 2:-0.15 6:-0.16 8:-0.16
u:husbands 6:0.11
u:hut 1:0.1
u:hygiene 1:-0.22 2:-0.1 3:0.33 5:-0.16 10:-0.19
u:hygienist 1:0.32 2:-0.27 3:-0.26 4:0.11 5:0.35 6:-0.24 12:0.11
u:i 1:-0.15 2:0.18 4:-0.2 5:-0.23 9:-0.32 12:-0.19 13:-0.17
u:ice 0:-0.14 1:0.14 5:0.11 8:-0.13
u:id 0:0.28 3:-0.18 5:0.3 6:0.15 7:0.27 9:0.25 10:-0.22 11:0.28 13:0.15
u:idea 1:-0.11 2:-0.33 6:0.32 13:-0.14
u:identical 2:0.13
u:idiot 1:0.22 8:-0.11
u:if 0:-0.75 2:0.16 3:-0.18 5:-0.28 6:-0.34 8:-0.11 10:-0.33 11:-0.25
u:ignorant 0:-0.19 1:0.17 2:-0.12 5:-0.26 8:-0.12
u:ignore 2:-0.1
u:ignored 0:0.38 1:-0.36 6:0.15
u:ill 0:0.25 3:0.12 4:0.17 5:-0.29 6:-0.11
u:illegal 1:-0.12
u:im 1:-0.42 2:0.19 3:0.12 7:-0.12 10:-0.18 12:-0.29 13:-0.13
u:imagine 5:-0.21
u:immaculate 3:0.58 4:0.34 10:0.47 11:0.12 12:0.14
u:immaculately 1:0.22 3:0.16 6:0.15
u:immediately 1:-0.19 2:0.2 5:-0.17 11:-0.1
u:impatient 1:0.12
u:important 0:0.44 6:-0.17
u:impossible 0:-0.15 3:0.21 6:0.37 10:0.1
u:impressed 0:0.52 1:-0.23 5:-0.15 6:0.19 7:0.17 12:-0.1
u:impressive 3:0.14
u:improved 4:0.16
u:improvement 0:-0.25 5:0.24
u:in 1:-0.34 2:0.17 3:0.1 4:-0.11 5:-0.26 7:0.36 9:0.14 12:0.23
u:included 1:0.22 2:-0.21 4:0.19 5:0.39 6:0.27 11:0.21
u:includes 2:-0.24 4:0.16
u:including 2:0.15
u:inclusive 2:0.11
u:incredible 1:0.11
u:incredibly 1:0.18 5:0.15
u:independent 2:0.12 9:0.12
u:individual 4:-0.11
u:inedible 1:0.11
u:infection 1:-0.12 2:0.2
u:info 0:-0.18 1:0.23 2:0.19 6:-0.28
u:information 2:0.5 6:-0.32
u:informed 0:-0.19 4:0.25 5:-0.21 6:0.28
u:ingredients 0:0.12
u:inhaler 1:-0.17 5:-0.18 6:0.12
u:injury 2:0.15 5:-0.13
u:ink 0:0.19 4:0.16
u:innit 4:-0.23
u:ins 0:-0.14
u:inside 0:-0.1 2:0.33 3:0.13 4:0.14 6:-0.29 7:0.17 8:-0.11 11:0.14
u:insisted 0:-0.19 2:0.14
u:inspection 0:-0.38 1:-0.13 2:-0.12 4:-0.13 5:0.16 6:0.15 12:0.15
u:install 0:0.25 2:-0.19 5:0.44 6:0.12
u:installation 0:0.32 1:0.22 6:0.25
u:installed 1:-0.1 3:-0.22 6:-0.13
u:installer 0:0.37 3:0.14 4:-0.29 5:0.5 6:0.25 10:0.18 12:-0.22
u:installers 2:0.15
u:installs 5:0.14
u:instead 0:0.17 2:-0.13 3:-0.16 6:-0.37 7:0.31 13:0.12
u:instructions 5:0.18 6:0.31
u:instructor 1:0.53 2:-0.2 5:-0.3 6:-0.45
u:instructors 0:-0.37 1:0.12 2:0.19 3:0.14 4:0.18 5:0.27 12:0.11
u:insurance 0:0.15 2:0.34 4:0.18 6:-0.16 8:-0.1 9:-0.15
u:insurer 0:-0.18 2:-0.24 5:0.18 12:0.14
u:insurers 2:0.41 6:-0.34
u:integration 2:0.23
u:interest 4:0.12
u:interested 5:-0.11
u:interior 0:0.24 2:0.23 3:0.3 5:0.18 11:0.11
u:internally 6:-0.14
u:international 0:0.11 2:0.15 6:0.31
u:internet 1:0.15
u:interrupting 8:-0.13
u:into 1:0.18 4:0.19 6:-0.15 13:-0.22
u:invites 5:0.12 6:0.32 13:0.1
u:invoice 0:-0.2 2:-0.16 4:0.33 5:-0.31 6:0.11
u:invoices 6:0.47
u:is 0:-0.25 1:0.16 2:-0.34 4:0.35 5:0.35 6:-0.11 9:-0.12 12:0.17 13:-0.3
u:isa 2:0.32 6:-0.28 9:-0.18
u:isas 1:-0.26 2:0.32
u:isnt 0:0.19 1:0.17 3:-0.18 4:0.13 5:0.32 7:-0.17 11:-0.2
u:issue 1:-0.13 2:0.11 3:0.11 4:-0.11 5:0.2
u:it 1:-0.2 2:0.12 3:0.2 5:0.61 7:-0.24 8:0.43 12:-0.4 13:0.21
u:itd 0:0.31 1:0.18 2:-0.19 5:0.13 7:0.11
u:item 0:-0.11
u:itemised 4:-0.21 6:0.18 13:0.11
u:items 2:-0.17 6:0.12
u:its 0:0.23 2:-0.16 3:-0.4 5:0.11 6:0.27 7:-0.39 8:-0.19 9:-0.18 11:0.24 13:-0.14
u:itself 0:0.34 1:0.14 2:-0.26 3:0.23 5:0.51 6:-0.17 10:0.13 12:0.43 13:0.13
u:ive 3:0.36 5:-0.39 6:0.1 10:-0.2
u:jab 1:-0.16
u:jacket 1:0.19 3:-0.18 5:0.35
u:jacuzzi 3:0.45 5:0.13 12:-0.12
u:jam 0:0.13 5:0.51
u:jams 2:0.18
u:january 0:0.66 1:0.12 4:0.15 7:-0.19
u:jargon 0:0.13 2:-0.22 5:-0.34 6:0.14
u:jaw 0:-0.13 5:0.29
u:jean 5:0.1
u:jeans 4:-0.12 5:0.12
u:jeweller 1:-0.22 2:0.29
u:jewellery 2:-0.15
u:job 1:-0.47 2:-0.3 3:-0.17 4:0.13 5:-0.11 6:0.34 7:0.1
u:jobcentre 0:0.24 5:-0.15
u:jobs 2:0.11 6:-0.18
u:joined 5:0.17 6:0.31
u:joke 0:-0.21 4:0.18 5:-0.15 6:-0.25 11:-0.16
u:journey 2:0.15 4:-0.34 5:0.25
u:judge 0:-0.13 1:0.2 3:-0.13 5:-0.12
u:judged 6:0.15
u:judging 2:0.16
u:july 0:0.46 5:0.13 6:0.12 12:-0.12
u:jump 3:0.1
u:jumped 6:0.17
u:jumper 5:0.17 11:0.11
u:jumpers 1:-0.75
u:junction 5:0.29
u:june 0:0.13 6:0.32 7:-0.12 13:-0.22
u:juniors 1:0.24 5:-0.13 8:-0.18
u:just 0:-0.33 3:-0.26 4:-0.42 5:-0.17 8:-0.19 9:-0.32 12:-0.35
u:justify 0:-0.14
u:kam 0:0.64
u:kebab 5:0.23
u:keen 5:0.14
u:keep 0:-0.13 5:0.48 7:-0.13 8:0.11 11:-0.11 12:-0.17 13:-0.14
u:keeping 1:0.13 5:0.24 6:0.12 12:-0.11
u:keeps 0:0.18 5:-0.51
u:kennels 1:0.22 3:0.1 8:-0.13
u:kept 0:0.67 1:0.36 6:0.63 9:-0.3 13:-0.18
u:ketchup 1:0.2
u:kettle 6:0.5 12:-0.17 13:0.21
u:kettles 5:0.16
u:key 4:0.24 5:-0.25
u:keys 0:0.55 1:-0.14 5:-0.24 6:-0.1
u:kid 1:0.22 5:-0.11 6:0.14
u:kidney 5:-0.19 8:0.16
u:kids 0:-0.33 1:0.58 2:-0.14 3:-0.34 4:0.48 5:0.11 6:-0.19 8:-0.15 11:0.19 12:0.21
u:kind 1:0.75 3:0.17 5:-0.36 6:-0.3 7:0.11 8:0.32
u:kindest 5:0.15 8:0.14
u:kindly 3:0.19
u:kings 1:-0.24 3:-0.11 6:0.15
u:kiosk 0:0.11 4:0.11 5:-0.17 11:0.15
u:kiosks 6:-0.2
u:kit 2:0.17 3:-0.17 5:0.18 7:0.12
u:kitchen 2:-0.18 3:0.19 4:-0.11 6:0.16 7:-0.13 11:0.13
u:kitchens 5:-0.15
u:knee 1:-0.27 2:0.27 5:0.35
u:knew 0:0.1 1:-0.22 2:1.15 3:-0.26 4:-0.12 6:-0.6 8:0.13 9:0.59 12:0.24 13:-0.14
u:knock 1:0.16
u:knocked 0:0.27 2:0.18 4:0.32 5:-0.21 6:-0.28 11:0.21
u:knocking 2:0.36 5:0.17
u:know 0:-0.13 1:-0.13 2:-0.26 3:0.22 4:0.29 5:0.22 6:0.58 9:0.12 11:-0.1
u:knowing 2:-0.3 4:0.17 5:-0.15 6:0.25 11:0.12
u:knowledgable 0:0.2 1:-0.28 2:0.28 5:0.33 6:0.2
u:knowledge 1:0.14 2:0.21 4:-0.11 5:-0.33
u:knowledgeable 0:-0.15 2:0.74 3:0.13 4:-0.11 5:-0.13 6:0.24 9:0.16 13:-0.13
u:known 6:0.17
u:knows 0:-0.12 1:0.13 2:0.89 3:-0.2 5:-0.21 9:0.24
u:la 0:0.19 1:0.35 5:0.32 12:0.15
u:lab 5:0.3 6:0.3
u:label 2:0.21 4:-0.18 9:-0.17
u:labelled 5:-0.16
u:labels 1:0.14
u:labour 2:0.17 4:0.1 6:-0.13
u:lad 0:-0.21 1:0.49 2:0.6 3:-0.82 5:0.46 6:-0.31 9:-0.16
u:ladies 3:0.23 5:-0.14
u:lads 0:0.21 2:-0.18 8:0.17
u:lady 1:0.38 3:-0.12 5:-0.39 6:-0.11 8:0.18 13:0.14
u:lager 5:-0.15
u:laid 5:-0.16
u:lamb 2:0.4 4:0.15 5:0.11 9:0.15 11:-0.13 12:0.26
u:lamp 1:-0.11 6:0.2
u:landlord 1:0.35 5:0.13
u:landlords 0:0.17 5:-0.13
u:landscaper 0:0.11 4:0.28
u:landscaping 3:0.12 4:0.11
u:lane 0:0.14
u:laptop 1:-0.18 2:0.22 6:0.13 7:0.14 9:-0.14
u:large 0:0.1 5:0.15 6:0.12
u:lasagne 5:0.14
u:last 0:-0.24 2:0.33 3:0.38 4:-0.19 5:-0.4 6:-0.16 7:0.17 8:0.29 12:-0.38 13:-0.17
u:lasts 0:-0.11 1:-0.17 5:0.18 12:0.12
u:late 0:0.3 1:-0.44 2:-0.39 4:0.27 5:-0.26 6:0.6 7:-0.2 11:0.14 12:-0.12 13:-0.15
u:later 0:-0.3 1:-0.15 2:0.52 3:-0.13 4:-0.29 7:-0.21 9:-0.29
u:lattes 3:0.12 5:0.2
u:laugh 1:0.22 3:-0.16 4:0.26 5:-0.19 6:-0.24
u:laundrette 0:0.2 2:0.17 5:-0.23 6:-0.17 10:0.16
u:laundry 3:0.13 5:-0.13
u:law 1:-0.19 4:-0.28 13:-0.11
u:lawyers 6:0.23
u:layer 3:-0.34 5:0.44 12:-0.14
u:layout 0:-0.36 6:-0.16
u:le 1:0.52 4:0.19 11:0.25
u:lead 5:0.12
u:leaf 2:0.24
u:leaflet 1:-0.2 5:0.14 6:-0.22
u:leak 0:0.5 2:-0.17 6:0.24 7:-0.14 12:0.18
u:leaking 0:-0.25 3:0.23
u:leaned 8:-0.14
u:learn 5:-0.1
u:lease 6:-0.1
u:least 5:0.13 6:0.19
u:leather 1:-0.4 3:-0.12 5:0.59
u:leave 1:-0.31 2:-0.13 3:0.18 5:0.11 6:-0.15 11:-0.12
u:leaves 5:0.19 6:0.18 10:-0.18
u:leaving 1:-0.46 2:-0.17 3:0.36 5:0.15 6:-0.15 8:-0.12
u:lecture 1:0.29
u:lecturer 1:0.31 5:0.25
u:lectures 5:0.14
u:led 0:0.27 6:0.17
u:leeds 1:-0.16 5:-0.26
u:left 1:-0.43 2:-0.32 3:0.83 9:0.14 10:-0.19 12:0.1
u:leg 5:0.15 12:-0.16
u:legal 6:0.12
u:legend 1:0.73 2:0.22 7:0.11 8:0.34
u:legends 0:-0.36
u:legroom 5:0.3
u:leisure 1:-0.12 2:-0.2 3:0.11
u:lemon 5:-0.12
u:lemons 5:0.1
u:lenders 4:0.14
u:length 0:0.26 5:-0.22
u:lengths 1:0.13
u:lens 1:0.25 5:-0.12 6:0.14
u:lenses 1:-0.11 5:-0.26
u:les 0:-0.13 1:0.1
u:less 0:0.3 1:0.14 2:-0.12 6:0.18 12:-0.1
u:lesson 0:0.26
u:lessons 1:0.22 4:0.16 5:-0.32 6:0.51 12:0.11
u:let 1:0.72 2:-0.19 3:-0.3 4:0.18 5:-0.19 6:0.2 8:0.26
u:lets 0:0.14 6:-0.15 13:0.1
u:letter 0:0.2 1:-0.23 2:-0.48 3:-0.13 4:-0.21 5:-0.45 6:0.23 13:-0.31
u:letters 0:-0.23 1:0.12 2:-0.32 4:-0.12 5:-0.28 6:0.91 13:-0.3
u:letting 2:-0.21 6:0.27 12:0.13 13:-0.12
u:level 9:-0.11
u:levels 4:0.12
u:libary 5:-0.18
u:librarian 2:0.22 5:-0.1 6:-0.16 9:0.16
u:librarians 1:0.11
u:library 1:0.13 3:0.25 5:0.17 6:-0.14 12:-0.23
u:librarys 1:0.29 2:-0.11 5:-0.39
u:licence 1:0.25 5:0.11 8:-0.1
u:lid 4:-0.23
u:lids 5:0.11
u:life 1:-0.21 2:-0.12 5:0.16 6:-0.16 12:0.28
u:lifeguard 1:0.26 5:0.26 8:-0.13
u:lifeguards 1:0.88 5:-0.17 8:-0.14
u:lifeline 0:0.11 5:-0.13
u:lifesaver 0:0.29
u:lift 0:-0.11 1:0.16 2:-0.12
u:lifted 0:-0.11 4:0.19 5:0.47 12:-0.13
u:lifts 0:0.18
u:light 0:-0.19 5:-0.13 6:0.24
u:lights 2:-0.14
u:like 0:-0.47 1:0.44 2:-0.5 5:0.64 7:0.38 8:-0.37 10:-0.11
u:liked 1:-0.11 5:-0.33 6:0.2
u:likes 0:0.11 5:-0.14
u:limits 2:0.13 6:-0.13
u:limp 0:-0.19
u:limpio 5:-0.13
u:line 0:-0.5 2:0.12 4:-0.18 5:0.18 6:0.13 7:-0.19
u:linen 1:-0.16
u:lines 1:0.11 2:0.14 3:-0.32 4:-0.12 5:0.46 6:-0.28 12:0.17
u:link 0:-0.38 1:-0.13 2:-0.13 6:0.67 13:-0.15
u:lip 5:0.1 6:0.12
u:list 4:-0.36 6:0.23
u:listen 1:-0.15
u:listened 1:-0.27 2:-0.28 6:0.68 13:0.31
u:listening 0:0.27 6:-0.17
u:listens 6:0.18
u:listing 0:0.12 6:0.13
u:lit 3:0.11 5:-0.27
u:literally 0:0.11 6:0.14
u:little 2:0.23 5:0.26 6:0.12 8:0.14 9:0.17 12:-0.15
u:live 0:0.22 5:-0.19 6:-0.1 7:0.12
u:lived 4:0.3
u:lively 0:0.14
u:livid 4:-0.11 6:-0.15
u:living 4:-0.3 5:-0.1
u:load 5:0.21
u:loads 0:-0.25 2:-0.16 5:0.32 6:0.21 12:-0.12 13:0.11
u:loaf 5:0.17
u:loan 0:0.12 4:0.15 7:-0.13
u:loans 4:0.13
u:local 0:0.3 2:0.16 4:0.3 7:0.12 12:0.2
u:location 0:-0.1
u:lock 0:-0.1 2:0.24 4:0.15 5:0.18 6:0.17
u:locker 0:0.21 3:-0.32 6:0.33 12:-0.12
u:locks 1:0.12
u:locksmith 0:0.16 1:0.11 4:0.34 5:-0.28 6:0.35 7:0.13
u:locum 2:0.5 6:-0.14 9:-0.14
u:lodge 4:0.14
u:loft 1:-0.15 5:-0.35 6:-0.2
u:log 5:0.13
u:logged 0:0.47 5:0.26 6:0.11
u:logo 2:-0.11 5:-0.27 11:-0.12
u:logs 3:-0.15 5:0.12
u:lol 1:0.14 3:0.15 4:0.15 5:0.2 6:0.19 7:-0.14
u:london 0:-0.24 1:-0.2 4:0.58 5:0.11 11:-0.12
u:long 0:0.35 1:0.13 2:-0.14 4:0.27 7:-0.2 8:0.13 9:0.21 12:0.2
u:longer 0:0.27 2:-0.21 5:0.13 6:-0.21 7:-0.1
u:loo 3:0.22
u:look 0:-0.7 1:-0.19 2:-0.35 4:-0.14 5:0.16 11:0.15 12:0.27
u:looked 0:-0.16 1:0.41 2:-0.17 6:0.17 8:-0.25
u:looking 3:0.34 5:0.24 6:-0.19 10:-0.14
u:looks 0:0.48 1:-0.37 2:-0.13 3:0.39 4:0.14 5:0.98 7:0.11 12:0.26
u:loop 0:0.19 1:0.1 4:-0.11 6:0.16 13:0.12
u:loos 3:0.41 4:-0.16 5:-0.33
u:loose 1:0.23 2:-0.11 5:-0.14
u:losing 2:0.11 5:0.48 6:-0.14
u:loss 0:-0.13 6:0.14
u:lost 1:-0.14 2:0.25 3:-0.17 5:0.18 9:-0.11 12:-0.22
u:lot 1:0.19 3:-0.21 4:0.16 5:-0.22 6:0.25 8:0.12 9:0.28 11:-0.12 12:0.17
u:lots 11:0.11
u:loud 3:-0.19 5:0.15
u:loudly 5:0.12
u:lounge 1:-0.12 3:0.14 5:-0.29
u:love 0:0.98 1:-0.74 3:-0.47 4:0.14 5:0.14 6:0.64 7:-0.17 12:-0.15
u:loved 0:0.21 1:-0.34 2:0.41 3:-0.55 4:-0.13 5:-0.3 6:-0.2 7:-0.21 9:0.16 12:-0.11
u:lovely 0:-0.68 1:1.56 3:0.39 5:-0.2 6:-0.54 8:0.51 10:0.13 11:-0.13 12:-0.14
u:loving 5:-0.13 9:-0.16 11:-0.26
u:lovly 5:0.15
u:low 2:-0.16 4:0.11 5:0.12 6:-0.13 12:-0.12
u:lower 4:0.14 5:-0.23
u:lowest 0:0.21 1:-0.14
u:loyal 5:0.12
u:loyalty 2:0.12 4:0.26 5:-0.11 6:-0.14
u:luckily 2:0.35
u:luggage 2:-0.15 5:-0.21 13:0.11
u:luke 0:0.16
u:lukewarm 1:-0.11 2:0.1 3:0.43 5:0.33 6:-0.15 12:-0.2
u:lump 0:0.28 5:-0.12
u:lunch 0:0.82 5:-0.12 6:-0.31 7:-0.13 11:0.16
u:lunchtime 1:-0.19 2:0.26 4:-0.11 5:0.18
u:lush 1:0.3
u:m 1:0.46
u:machine 2:-0.32 3:0.11 5:-0.25 7:-0.14 12:-0.16
u:machines 2:0.25 6:-0.31 8:0.16 12:-0.11
u:mad 0:-0.37 2:-0.1 4:0.15
u:madam 0:-0.21 1:0.1
u:made 2:-0.14 3:-0.31 4:0.13 5:0.25 8:0.11 12:0.23
u:magazines 1:-0.21 3:-0.12 5:-0.19
u:magic 2:0.17 5:0.51 12:0.11
u:magnifique 4:0.16 5:0.43 12:0.13
u:mail 0:0.36
u:main 4:0.2 5:-0.11 6:0.11 11:0.15 12:0.19
u:mainly 4:-0.12
u:maintenance 2:-0.11 4:0.12
u:mais 0:0.32 1:0.14 4:0.18 11:-0.14
u:make 1:0.13 2:-0.19 3:0.11 4:0.36
u:makes 0:-0.43 4:-0.12 5:-0.11 6:0.4 13:0.13
u:making 0:-0.19 2:0.14 5:-0.22
u:malaga 5:0.32
u:man 0:-0.11 1:0.44 2:0.16 4:0.15 5:0.2 6:-0.21 8:0.13 9:0.1 12:-0.11
u:manage 5:0.15
u:managed 0:0.17 5:0.23 11:0.1 12:-0.16
u:management 0:0.18 1:-0.16 2:-0.22 3:-0.11 6:-0.31
u:manager 0:-0.73 1:0.4 2:-0.49 4:0.21 5:-0.4 6:0.6 11:0.11 12:-0.16 13:0.34
u:managers 6:0.17
u:manages 0:0.14
u:manchester 2:0.12 4:0.15 11:-0.24
u:mandatory 5:0.14 6:0.16
u:manner 1:0.44
u:manufacturer 1:0.21 6:-0.18
u:many 0:-0.16 1:-0.3 2:-0.14 4:0.12 5:0.14 6:0.26 13:-0.11
u:map 2:-0.14 5:-0.17 6:0.35 13:0.12
u:march 5:-0.2 6:0.38 7:-0.28 13:-0.2
u:marcus 2:0.15
u:mark 1:0.21 5:-0.12 8:-0.24
u:marked 1:-0.21 6:0.11
u:market 4:-0.1
u:marks 2:0.5 4:-0.19 5:0.41 6:-0.21 11:0.16 12:-0.2
u:marvellous 1:-0.12
u:massage 1:0.45 2:0.15 8:-0.17 12:0.17
u:massive 0:-0.67 5:0.74 11:0.16 12:0.2
u:massively 6:-0.13
u:match 0:-0.13 1:-0.13 5:0.15 6:-0.17
u:matched 0:0.15 1:0.26 5:0.13 6:0.12
u:mate 0:-0.2 1:0.11 5:-0.26 6:-0.26 11:0.16
u:materials 4:-0.14
u:maths 1:0.22 4:0.12 5:0.53
u:matinee 3:-0.21
u:mats 3:0.28 4:0.11 5:0.12
u:matter 0:-0.11 5:0.11
u:mattered 2:0.14
u:matters 0:-0.16 5:-0.15
u:mattress 1:-0.13 12:0.1
u:mature 0:0.11
u:may 1:-0.1 4:-0.42 5:-0.14
u:maybe 7:0.17
u:mb 0:-0.12 5:0.28 12:-0.11
u:me 0:-0.47 1:0.33 2:0.42 3:-0.24 4:-0.29 5:-0.42 6:0.1 7:0.13 9:-0.13 10:0.11 12:0.17 13:0.31
u:meal 0:0.3 3:-0.2 5:-0.29 12:0.16
u:mean 0:0.2 2:-0.12 7:0.16
u:means 0:0.29 2:-0.21 4:-0.12 5:-0.12 12:0.1
u:meant 1:-0.19 2:-0.17 3:-0.11 4:-0.16 6:-0.16 9:-0.12
u:meantime 0:0.46 5:-0.23
u:meanwhile 4:0.11
u:measured 0:-0.19
u:meat 0:-0.11 1:0.21 4:0.29
u:mechanic 0:-0.48 1:0.14 2:0.29 4:0.22 5:-0.5 6:0.38 11:0.13
u:mechanics 2:0.2
u:media 6:0.12
u:medication 2:0.27 5:-0.1 6:0.35
u:meds 0:0.12 9:0.11
u:meh 0:-0.13 1:0.44 4:-0.13 5:-0.2
u:members 2:-0.14 5:0.66 8:0.13
u:membership 0:-0.17 1:-0.1 4:0.25 5:-0.14 6:0.32 11:0.16
u:men 1:0.29 2:-0.22 5:0.88 6:-0.11 10:0.12
u:mental 0:0.23 6:0.27
u:mention 1:-0.22 3:0.36 5:-0.23 6:0.23
u:mentioned 0:-0.26 1:0.23 4:-0.24 5:0.16 6:-0.53 8:0.12 10:-0.1 11:0.11 12:-0.14
u:menu 0:-0.4 1:0.1 2:-0.14 3:-0.12 4:0.18 5:0.12 6:0.57 12:-0.15 13:-0.18
u:menus 13:-0.11
u:merchants 5:-0.33
u:merci 0:0.18 1:0.24 5:0.4 6:0.14 12:0.14
u:merger 0:-0.11 5:0.21 6:-0.18
u:mess 0:-0.2 3:-0.12
u:message 13:0.13
u:messaged 0:-0.18
u:messages 12:0.15
u:met 5:0.11 8:0.16
u:metal 2:0.15
u:meter 0:-0.19 5:-0.16
u:meters 5:0.1
u:mi 1:0.28 5:-0.19
u:microwave 0:-0.34 3:-0.22
u:mid 0:-0.13 2:0.39 4:-0.44
u:middle 1:-0.13 4:-0.19 5:0.33
u:midnight 0:0.24
u:might 1:-0.39 2:-0.13 5:-0.11 10:-0.2
u:migrated 4:-0.16 5:0.33
u:mile 0:0.12 5:0.18 12:-0.23
u:miles 1:0.2 2:0.13 4:-0.16
u:milk 0:0.27 5:-0.19 6:-0.23
u:mill 5:-0.12
u:mille 4:0.1
u:min 0:0.52 2:-0.13 5:-0.47 6:-0.15 7:0.24
u:mince 5:0.15
u:mind 0:0.26 1:0.22 4:0.3 5:0.23 6:-0.19 8:0.17 12:0.11
u:mine 4:0.21 5:-0.23 6:0.1
u:mingin 3:-0.42 5:0.27 12:-0.11
u:minging 10:-0.13
u:mins 0:1.04 3:0.14 4:0.14 12:0.11
u:mint 5:0.43
u:minute 0:-0.31 1:-0.24 2:0.34 3:-0.15 5:0.21 12:-0.11
u:minutes 0:0.78 1:0.23 3:-0.19 4:0.17 5:-0.23 7:0.11 8:-0.2 9:0.12 11:-0.15 13:0.12
u:miracle 5:-0.33
u:miracles 5:0.25
u:misleading 0:0.11
u:missed 0:-0.4 2:0.7 3:-0.37 5:0.19 6:0.23 7:-0.22 9:0.1 12:-0.2
u:missing 1:-0.36 2:-0.1 3:-0.22 5:0.28 6:0.17
u:mistake 0:-0.21 6:-0.11
u:mistakes 2:0.27 5:0.21
u:mix 6:0.13
u:mixed 1:0.15 3:-0.15 6:0.28
u:mo 1:0.29 2:-0.17 3:-0.19 5:0.22
u:moan 0:-0.15 4:0.16 5:0.29 12:0.11
u:moaning 5:0.26 7:0.12
u:mobile 2:0.12 4:-0.12 5:-0.11 6:-0.29
u:model 0:-0.26 2:0.25 4:-0.2 5:0.34 6:-0.23
u:moderator 0:-0.26 1:-0.28 2:-0.23 3:-0.1 4:-0.47 5:-0.57 6:-0.43 9:-0.2
u:moderators 11:0.12
u:modern 3:0.12
u:molto 0:-0.15 1:0.2 5:0.23
u:moment 1:0.13 6:-0.12
u:monday 0:0.62 1:-0.11 2:-0.1 3:-0.22 7:-0.18
u:mondays 4:0.13
u:money 0:0.34 2:-0.24 3:-0.16 4:0.53 6:-0.12 11:-0.11 12:-0.15
u:month 0:-0.2 1:-0.11 2:-0.26 3:0.22 4:-0.25 5:-0.17 6:-0.11 9:-0.11 13:-0.12
u:monthly 0:-0.2 4:0.22 5:-0.11 11:-0.19
u:months 0:0.46 2:0.24 4:-0.19 5:0.85 6:0.34 9:0.16
u:moody 1:0.13
u:morale 1:-0.21
u:more 1:0.13 2:-0.12 3:0.11 5:0.22 7:0.1 8:0.17 9:0.31 10:-0.19 11:-0.19 12:-0.19
u:morning 0:0.53 1:0.25 2:-0.49 3:0.12 5:-0.39 6:0.3 7:0.41 8:0.12 13:0.24
u:mornings 0:0.17 1:-0.11 3:-0.22 5:0.11
u:mortgage 1:0.19 2:0.18 5:-0.35 6:0.36
u:most 0:0.5 1:-0.28 2:-0.17 4:0.47 5:-0.1 8:0.12
u:mostly 4:-0.21 6:-0.13
u:mot 1:0.24 2:-0.17 4:0.23 5:-0.81 6:-0.22 11:0.26
u:mother 1:0.34 2:-0.12 6:0.21
u:mould 3:-0.15 5:0.14 12:0.12
u:mouldy 0:0.21 3:0.27 4:-0.14 5:-0.2
u:mouth 8:-0.2
u:move 1:0.11
u:moved 5:-0.4 7:0.15 9:0.17
u:moves 4:-0.14
u:moving 0:-0.19 5:-0.2 6:0.19
u:mr 1:0.2 5:-0.13 12:-0.1
u:much 0:-0.11 1:-0.3 2:-0.26 3:-0.2 4:-0.14 5:-0.52 6:0.49 8:0.2 9:-0.13 13:0.19
u:mud 5:0.43
u:muddy 3:0.14
u:muffled 2:-0.28 6:0.19
u:mug 1:0.19 4:0.36 5:-0.13
u:muito 4:0.23 5:0.17
u:mum 0:-0.16 1:0.23 2:-0.44 5:-0.11 6:0.28 13:0.12
u:mums 0:-0.2 1:0.27 2:0.11 3:0.11
u:museum 2:0.22 5:-0.29 6:-0.35
u:music 0:0.35 1:0.31 2:-0.12 4:0.14 5:-0.27 6:-0.12 7:-0.23
u:must 2:0.13 6:-0.23
u:musty 3:0.38 5:-0.13 10:0.13
u:muy 1:0.66 2:-0.15 5:0.16 6:0.31 8:0.18 12:0.2
u:my 0:0.13 1:0.28 2:0.22 3:-0.64 7:0.28 9:0.16 10:-0.15 11:0.17
u:myself 0:-0.13 2:0.37 5:0.21
u:mystery 5:-0.12 10:-0.11
u:n 0:0.35 1:0.24 2:0.18 3:0.18 4:0.11 5:0.56 6:0.31 7:-0.1
u:naan 0:0.34 5:0.24
u:nail 1:-0.19 4:-0.15 6:-0.17 12:-0.13
u:nailed 2:0.21 5:0.15 9:0.11 12:0.18
u:nails 0:-0.33 1:0.12 2:-0.16 4:0.19 5:0.36
u:name 0:0.11 1:0.41 2:-0.36 3:-0.31 4:-0.14 8:0.22 13:0.24
u:named 0:-0.15 1:-0.2 2:0.3
u:names 1:0.1
u:nan 5:-0.16
u:nans 1:-0.12 3:0.22 5:0.32
u:nappies 6:-0.11
u:nasty 4:-0.3
u:natter 1:0.15
u:natural 1:0.1 2:0.16 5:0.39 9:0.15 12:0.16
u:nav 1:0.11 5:0.25 6:0.1
u:nd 0:0.18
u:near 0:0.17 5:0.31
u:nearly 0:-0.29 1:0.12 2:-0.15 7:-0.19 10:0.12 13:-0.1
u:neat 0:-0.11 3:-0.23 5:0.32
u:neck 1:-0.15 2:0.22 5:0.11
u:need 1:-0.32 2:0.14 3:-0.16 4:-0.17 6:0.1 10:-0.11 13:-0.11
u:needed 0:-0.58 1:0.36 3:-0.28 4:-0.18 6:-0.37
u:needs 3:0.12 5:0.25 9:0.17 10:-0.12
u:negative 0:0.13 6:-0.11 8:-0.12
u:negotiator 4:0.12
u:neighbour 0:-0.16 2:0.14
u:neighbours 0:-0.15 3:0.19 4:0.11 5:0.16
u:neither 1:-0.19
u:nervous 0:0.12
u:network 0:-0.42 1:-0.16 5:0.53 6:-0.15 12:-0.26
u:networks 2:0.12 5:0.45 8:-0.13
u:neutering 0:0.27
u:never 0:-0.15 1:0.31 3:-0.51 4:-0.29 5:0.13 6:0.63 7:-0.15 9:0.23 10:0.22 11:-0.1 12:0.46 13:-0.42
u:new 0:0.36 1:-0.22 2:0.18 4:-0.21 5:0.44 6:0.25 7:0.3 10:0.3 13:0.53
u:newsletter 2:-0.27 5:-0.16 6:0.3
u:next 1:-0.29 2:-0.26 3:0.16 4:-0.62 5:-0.3 6:0.52
u:ngl 8:0.2
u:nhs 0:0.35 1:-0.11 5:-0.15 6:-0.18
u:nice 0:-0.48 1:0.61 2:-0.34 4:-0.13 8:0.41 10:-0.16
u:nicely 2:0.15 5:-0.33 6:-0.29
u:nicer 0:-0.32 5:0.14
u:nick 1:-0.16 4:-0.17 12:-0.16
u:nicked 1:-0.12 5:0.48 6:0.27 12:-0.13
u:night 0:0.13 1:0.2 2:-0.11 3:0.21 4:-0.17 5:-0.11 7:0.27 12:0.13
u:nightmare 2:-0.14 3:-0.28 5:-0.18
u:nights 1:-0.41 2:-0.22 5:0.24 12:-0.12
u:nine 2:0.32 7:-0.14
u:ninety 1:-0.23 5:-0.17
u:no 0:0.23 1:-0.16 2:0.17 4:-0.11 6:0.77 10:0.15 12:-0.13 13:-0.14
u:nobody 1:-0.22 2:-0.2 3:-0.14 4:-0.2 5:0.26 6:1.11 7:-0.18 9:-0.14 13:-0.79
u:nobodys 2:-0.19 4:-0.24 6:-0.19
u:nodded 2:0.21 5:-0.18 6:-0.17 8:0.12
u:noise 2:0.27 5:-0.15 6:0.25 12:0.29
u:noisy 1:0.2 5:-0.12 8:0.12
u:non 6:-0.22 8:0.16
u:none 1:-0.22 2:0.2
u:normal 1:0.15 5:-0.2
u:normally 5:-0.16
u:not 0:-0.23 1:0.13 2:0.2 3:-0.12 4:-0.18 5:0.44 6:-0.15 8:-0.31 9:-0.22 11:-0.3
u:notch 10:-0.12
u:note 0:-0.13 4:-0.28 5:-0.32 6:-0.25
u:noted 1:-0.12
u:notes 0:0.1 2:0.21 4:-0.16 6:0.35
u:nothing 1:0.25 2:-0.1 3:-0.12 7:-0.2 9:-0.15 12:-0.29 13:-0.39
u:notice 0:0.18 1:-0.14 4:0.32 5:-0.28 6:0.2 7:0.14 11:-0.11
u:noticeably 6:-0.13 8:-0.12
u:noticed 0:-0.31 1:0.31 2:-0.32 4:0.2 5:-0.27 6:-0.25 10:0.13
u:noticing 0:0.17 3:0.12 6:-0.11
u:notifications 6:0.29
u:noting 1:-0.19 4:-0.11 5:-0.2
u:now 0:0.33 1:-0.33 2:-0.47 3:-0.17 4:-0.13 5:0.12 8:-0.12 9:-0.14 10:0.2 11:-0.36 13:0.19
u:nowhere 0:-0.2 1:0.34
u:nowt 5:-0.11
u:nuisance 1:0.11 5:-0.13
u:number 0:0.53 1:0.31 5:0.25 7:-0.15 13:-0.15
u:numbers 1:-0.25 5:0.27 6:0.25
u:nurse 0:-0.16 1:0.43 3:-0.15 4:-0.17 5:-0.29 8:0.33 9:0.12 13:0.16
u:nurseries 11:-0.14
u:nursery 4:0.26 5:-0.19 6:0.42
u:nurserys 2:0.15 10:-0.13
u:nurses 1:0.29 2:0.19 4:0.14 5:-0.18 6:-0.1
u:nursing 1:0.1
u:nutrition 2:0.15 4:0.22 5:0.22
u:nuts 2:0.13 5:-0.19 9:-0.11
u:oat 5:0.27 6:-0.12
u:obviously 4:0.1
u:occasion 0:0.11
u:occasionally 4:0.12
u:occasions 0:-0.11 2:-0.15 4:0.12 6:0.14
u:oclock 0:0.1 5:-0.11
u:october 0:0.51 2:0.13 4:-0.33 7:-0.12
u:odd 0:0.12
u:of 0:-0.18 1:-0.14 2:-0.29 3:0.33 4:-0.11 5:0.2 6:0.18 7:-0.25 8:-0.24 10:-0.2 11:-0.11 12:-0.32 13:-0.13
u:off 0:-0.3 2:0.17 4:0.34 5:-0.38 6:-0.41 7:-0.18 8:0.19 9:-0.13 10:0.16 11:0.14 12:-0.24
u:offcuts 3:0.39 5:0.29
u:offer 0:0.13 2:-0.16 3:-0.11
u:offered 0:-0.14 2:-0.18 4:-0.29 5:0.19 6:0.2
u:offering 4:-0.13 5:-0.12
u:offhand 0:0.11 4:0.13 5:-0.17
u:office 0:0.37 1:0.29 2:0.17 5:-0.49 6:-0.15 9:-0.22
u:officer 0:0.18 1:-0.28 2:0.16 5:-0.14
u:offices 13:-0.1
u:official 1:-0.17 5:0.18 12:0.12
u:offline 0:0.14 1:-0.1 3:0.14
u:often 0:0.1 1:0.28 2:-0.13 3:0.12 5:0.57 6:-0.16 12:0.12
u:oh 0:0.15 1:-0.21 2:-0.3 5:-0.46 11:-0.25 12:-0.14
u:oil 0:0.4 2:0.11 12:-0.22
u:ok 0:0.16 1:-0.38 3:-0.17 4:0.46 5:-0.6 6:-0.11 7:0.11 11:-0.27 12:-0.33
u:old 0:-0.27 1:0.12 2:0.14 3:0.38 5:-0.16 6:-0.56 8:0.14
u:older 1:0.39 2:-0.25 4:0.12 6:0.26 13:-0.35
u:olds 1:0.37 8:-0.13
u:olives 5:0.28
u:omg 1:-0.16 5:0.34
u:on 0:0.27 2:0.15 6:-0.46 7:-0.11 10:-0.11 12:0.17 13:-0.14
u:once 3:0.36 4:0.12 6:0.45 12:0.22 13:-0.13
u:one 1:-0.4 2:0.67 4:0.12 5:0.43 6:-0.14 9:0.13 11:0.31 12:-0.23
u:ones 0:-0.31 1:0.47 2:0.29 4:-0.28 8:0.23 9:0.16
u:online 0:0.18 2:0.16 3:-0.27 4:0.2 5:-0.14 6:0.27 7:0.42 11:-0.14 12:-0.18 13:0.26
u:only 0:0.2 3:0.11 4:0.62 6:0.31 7:-0.13 8:0.22 12:-0.27
u:onto 5:0.23
u:op 0:0.47
u:open 0:0.27 2:-0.12 5:0.19 6:-0.22
u:opened 5:-0.35
u:opening 0:-0.59 3:-0.28 5:-0.57 6:-0.28
u:opens 2:-0.15
u:operation 2:-0.13 5:-0.19 6:0.15
u:operator 6:0.22
u:opinion 2:0.28 4:-0.2 5:-0.3 9:-0.18
u:opinions 0:-0.18 6:-0.16 8:-0.14
u:opposite 1:0.13 2:0.21
u:optician 1:-0.13 2:0.29 4:-0.23 5:0.17 8:0.1 9:-0.19
u:opticians 1:-0.34 4:0.21 5:-0.32 13:0.17
u:option 2:0.18 5:0.31 6:0.12 7:0.15
u:options 1:-0.13 6:0.36
u:optometrist 0:-0.12 1:-0.46
u:or 0:0.19 2:0.1 3:0.27 5:0.25 6:-0.29 13:-0.12
u:orange 5:0.18
u:order 2:-0.25 4:0.34 5:-0.66 8:-0.13 12:-0.1 13:0.13
u:ordered 0:1.02 2:-0.28 3:-0.44 5:0.44 6:0.1 12:-0.15
u:ordering 6:0.12 12:0.12
u:orders 1:0.14 2:-0.15 5:0.11
u:organised 2:-0.17
u:original 0:-0.21 4:0.21 5:-0.1
u:other 0:0.26 1:-0.15 2:0.14 3:0.37 5:-0.5 6:0.17 7:0.21 8:-0.13 9:0.27 10:-0.11
u:others 1:-0.22 2:0.24 3:-0.16 6:-0.19 9:0.11
u:otherwise 0:0.17 1:-0.12 5:-0.23 6:-0.19 9:0.11
u:our 2:0.44 3:-0.22 6:-0.15 9:0.13 11:0.35 13:0.18
u:ours 5:-0.26
u:ourselves 6:0.2
u:out 1:0.1 2:0.31 3:0.16 5:0.21 6:-0.12 11:-0.24 13:-0.23
u:outage 0:-0.14
u:outcome 6:-0.16
u:outside 0:0.14 1:-0.34 3:0.15 5:-0.29 6:-0.18 11:-0.15 12:-0.15
u:outstanding 0:-0.17 4:0.37
u:oven 5:0.35
u:over 0:-0.36 2:0.27 3:0.16 4:0.47 6:0.13 9:0.2 10:-0.3 13:-0.17
u:overall 0:0.11 1:-0.42 2:-0.14 4:-0.13 5:-0.21 8:-0.15
u:overcharge 4:-0.18
u:overdraft 4:0.16
u:overflowing 1:-0.18 3:0.48 5:-0.4
u:overheard 1:0.37
u:overkill 2:0.18 4:0.13
u:overpriced 1:-0.11 4:0.66 5:0.29 11:-0.24 12:-0.18
u:overran 0:-0.11
u:overstaying 4:0.18
u:overwhelmingly 0:0.15
u:ovr 0:0.45
u:own 1:-0.29 2:-0.18 8:0.18
u:owner 2:-0.11 4:0.23 5:0.21 6:0.22 10:0.15
u:owners 1:-0.14 2:0.16 5:0.19 6:0.12
u:owt 4:0.15
u:p 0:-0.73 1:-0.29 2:0.15 4:-0.12 5:0.27 6:-0.37 9:-0.12 11:-0.45 12:-0.18 13:-0.13
u:pace 2:0.13
u:paciente 1:0.26 5:-0.18
u:pack 0:-0.15 5:-0.1 6:0.32
u:package 0:-0.2 2:-0.11 5:0.27 12:-0.12
u:packaging 0:0.16 3:0.18
u:packed 0:0.26 1:0.11 3:-0.15 5:0.69 6:-0.19 12:0.19
u:packing 0:-0.1 4:-0.13
u:padlock 6:0.38
u:pads 1:-0.17 6:0.32
u:page 0:-0.38 2:-0.11 5:0.21 6:0.68
u:paid 1:-0.34 3:-0.38 4:-0.39 7:-0.24 9:0.14
u:pain 0:0.33 1:-0.21 2:0.4 6:-0.47
u:painfully 0:0.21
u:painless 0:0.37 1:-0.1 3:-0.12 5:-0.35 7:0.14
u:paint 0:-0.18 1:-0.22 2:0.19 3:-0.3 5:-0.12
u:painting 5:0.24 12:0.14
u:paints 1:0.23 5:0.33
u:pair 4:0.18 5:0.45
u:pairings 2:0.23 5:-0.36
u:panel 5:0.45 6:-0.14
u:paper 2:0.17 5:0.43 6:-0.24
u:papers 5:-0.11
u:paperwork 3:0.1 5:0.46 6:0.27
u:par 4:0.15 5:0.26
u:paragraph 2:0.11
u:paramedics 1:0.16
u:parcel 0:0.41 1:0.15 2:-0.3 3:-0.31 5:0.2 7:0.17 12:0.21
u:parcels 4:0.21 5:0.26 6:0.21
u:parent 0:-0.13 5:0.2
u:parents 0:-0.35 2:-0.26 3:0.1 4:-0.21 5:-0.32 6:0.68 8:0.15 11:-0.12 13:0.19
u:paris 5:0.47
u:parish 2:0.2
u:park 0:-0.39 1:-0.33 2:-0.11 4:0.18 5:-0.22 6:-0.26 11:-0.17 12:-0.11
u:parking 0:-0.22 2:-0.16 3:-0.18 4:-0.9 5:-0.25 11:-0.27 12:0.2
u:part 0:-0.17 2:0.34 3:-0.1 4:0.41 5:-0.13 6:-0.16 9:0.11
u:participant 0:0.28 4:0.2 8:0.16
u:participants 0:-0.18 1:-0.34 2:-0.48 3:-0.37 4:-0.21 6:-0.24 9:0.12 12:0.17
u:particular 4:-0.11
u:particularly 4:0.14 5:0.23 12:0.1
u:parties 1:-0.22
u:parts 5:-0.12 6:0.12
u:party 0:-0.17 1:0.15 2:-0.23 5:0.14 6:-0.13 11:0.1 12:-0.11
u:pas 11:0.18
u:passed 0:0.13 2:-0.2 5:-0.58
u:passenger 3:0.21 5:0.15
u:passengers 0:0.26 1:0.23 2:-0.3 4:-0.11 6:0.45 7:0.13
u:passing 13:0.12
u:passport 0:0.61 2:-0.2 4:-0.15 5:-0.42 6:-0.22 7:0.25
u:password 0:0.26 2:0.11 7:-0.11
u:past 0:0.58 5:-0.15 6:-0.51 12:0.18
u:pasta 0:-0.13 5:0.22
u:pasted 6:0.16
u:pasties 5:0.12
u:pasty 3:-0.35 5:0.52
u:patch 3:0.12
u:patchy 1:0.12 6:0.12 12:-0.17
u:patel 9:0.15
u:path 0:0.29 3:0.47 5:-0.24
u:patience 0:-0.18 2:-0.11 5:-0.16 6:0.29
u:patient 0:-0.29 1:0.52 2:-0.33 4:-0.29 5:-0.25 6:0.18 7:-0.12 8:0.31 13:0.23
u:patients 0:0.2 1:-0.22 2:0.19 5:-0.4 6:0.27 9:0.11 13:-0.19
u:patio 12:-0.14
u:patronising 1:0.1
u:pattern 0:-0.35
u:pavement 0:0.16 5:-0.31 6:0.19
u:pay 0:0.11 1:-0.31 2:-0.42 3:-0.11 5:0.51 6:-0.11 7:0.11 11:0.29
u:payday 1:-0.16 4:0.13
u:paying 1:0.33 2:0.13 3:-0.11 4:0.22 5:0.32 6:-0.36 7:0.14 11:-0.54
u:payment 0:0.82 1:0.18 2:0.11 6:-0.16
u:payout 0:0.19 5:0.23
u:payroll 5:-0.1 6:-0.16
u:pcso 2:-0.29
u:peak 0:0.13 6:0.1
u:pen 2:-0.15 5:-0.24 10:-0.13
u:penalty 0:0.23
u:penny 0:-0.12 4:0.45 5:-0.28 11:0.43 12:0.18
u:pension 0:0.16 2:-0.42 4:0.13 5:0.45 6:-0.32 12:0.16
u:pensioner 5:-0.12
u:pensioners 3:-0.13 5:0.15
u:pensions 1:-0.18 2:0.38 5:-0.2 6:-0.15 9:0.1
u:people 1:0.72 2:0.23 3:-0.15 4:0.21 5:-0.21 8:0.14 9:-0.19 10:-0.12 12:0.34 13:-0.14
u:peoples 1:-0.32 3:0.35
u:per 0:-0.12 4:0.26 5:-0.23 6:-0.14
u:percent 5:-0.32
u:perfect 0:0.17 1:-0.52 2:0.18 5:1.08 6:-0.2 7:0.19 11:0.12 12:0.41
u:perfectly 0:-0.28 3:-0.43 5:0.28
u:permit 5:-0.17
u:permits 4:-0.41
u:pero 0:0.32 1:0.27 5:0.69 12:0.13
u:person 0:0.14 2:-0.23 4:-0.17 5:-0.17 8:0.24 9:-0.2 13:-0.23
u:personal 4:0.19
u:personally 6:0.17
u:pet 0:0.12 1:-0.23 2:0.33 5:-0.18 6:-0.23 7:0.13 9:-0.14
u:pharmacist 0:-0.27 1:0.11 2:0.67 5:-0.28 9:0.34 12:0.12
u:pharmacy 0:0.8 2:0.1 5:-0.59 6:-0.2
u:pharmacys 0:-0.13
u:pharmasist 2:0.18 5:-0.1
u:phenomenal 5:0.22
u:phlebotomist 2:0.25 5:0.12 9:0.11
u:phone 0:0.2 1:0.29 3:-0.26 4:-0.15 5:-0.31 6:0.31 7:0.13 8:-0.22 9:-0.2 11:-0.13 12:-0.17 13:-0.14
u:phoned 0:0.11 2:-0.18 4:0.12 6:-0.1 9:0.18
u:phones 0:0.37 1:0.45 2:0.21 5:-0.16 7:-0.14 8:-0.12 11:0.24
u:phoning 0:-0.12
u:photo 1:0.19 4:-0.3 6:0.44 13:0.26
u:photographer 5:0.15
u:photos 2:0.18 4:-0.23 5:0.67 9:0.11 12:0.21 13:0.16
u:physio 5:0.43 6:0.15 12:0.2
u:physiotherapist 1:-0.16
u:piano 1:0.11 5:0.19
u:pick 0:0.42 5:-0.3 6:-0.12
u:picked 0:-0.15 1:-0.21 2:0.31 3:-0.17 5:0.18
u:pickup 0:0.11
u:picture 0:0.11 12:0.18
u:pictures 3:-0.19 5:0.15 6:0.19
u:pie 1:0.26 5:0.39 12:-0.14
u:piece 5:0.24
u:pies 3:-0.37
u:pile 1:-0.18 3:0.42
u:pillow 3:0.26 5:-0.31
u:pilot 6:0.54
u:pink 5:0.32
u:pint 5:0.18 6:-0.15 12:-0.15
u:pipe 0:0.27 1:-0.13 5:0.42 6:0.15 8:0.11 12:-0.14
u:pipes 5:-0.18
u:piping 0:0.33 5:0.27
u:pit 3:0.13
u:pitch 1:0.32 5:0.26
u:pizza 1:-0.28 2:-0.16 4:0.21 5:0.34
u:pizzas 5:0.35
u:place 0:-0.12 2:0.24 3:0.73 4:0.29 6:-0.27 8:0.25 9:0.25 11:0.24
u:placement 5:0.28 9:-0.12
u:places 3:-0.21 5:-0.17
u:plain 1:0.17 2:-0.28 4:-0.14 6:0.35 13:0.18
u:plan 2:-0.17 4:-0.1 6:0.11
u:plane 5:-0.21
u:planned 5:0.31 6:-0.11 7:-0.11
u:planning 0:0.17 2:0.11 4:-0.13 5:-0.17 6:0.29
u:plans 0:-0.1 1:0.13 2:-0.14
u:plant 2:0.29 6:-0.24
u:plants 2:0.13 5:0.14
u:plaster 2:-0.16 3:0.35 10:0.1
u:plasterboard 1:-0.2 3:0.34
u:plasterer 5:0.24
u:plasters 3:0.28 5:-0.13
u:plastic 0:-0.16 5:0.49
u:plates 2:0.13 3:-0.42 5:0.21
u:platform 0:0.15 6:0.17 12:-0.12
u:play 0:-0.34 1:0.36 2:-0.27 4:0.32 5:-0.41 6:-0.28 8:0.11 11:0.15 12:-0.14
u:played 1:-0.35 5:0.22
u:playground 0:-0.23 1:0.18
u:pleasant 0:0.36 1:-0.35 4:0.11 5:-0.12 7:0.13
u:please 0:-0.34 4:-0.43 5:-0.18
u:plug 0:0.1
u:plughole 11:-0.1
u:plumber 0:0.16 5:0.23 7:-0.12
u:plumbing 6:0.17
u:pm 0:0.41 2:-0.15 3:0.15 4:-0.22 5:0.22 6:-0.21 8:0.12 12:-0.12 13:-0.21
u:po 1:-0.12 4:0.23 6:0.47
u:pocket 5:-0.3
u:point 0:0.37 2:0.13 4:0.32 11:-0.16
u:pointed 0:-0.1 1:0.34 2:0.23 4:-0.17 5:0.11 6:-0.1 9:0.15
u:pointing 1:-0.13 5:0.15 11:-0.17
u:pointless 1:-0.11 2:-0.11 5:0.47 6:-0.16
u:points 6:-0.16
u:poland 5:-0.11
u:police 0:-0.22 1:-0.33 2:0.19 6:-0.2 7:-0.14
u:policy 2:0.36 4:-0.15 5:-0.22 6:-0.11
u:polish 0:-0.2 3:-0.3 5:0.47 12:-0.15
u:polite 0:0.52 1:0.85 3:0.15 4:-0.13 5:-0.12 6:-0.11 7:-0.1 8:0.13 9:-0.12
u:polo 5:-0.31
u:pool 0:-0.38 1:-0.13 3:0.96 5:0.89 6:0.34 7:0.12
u:pools 0:0.21 1:-0.11 5:0.26
u:poor 1:0.11 3:0.13 4:-0.2 5:0.12
u:popcorn 5:0.14
u:popped 0:-0.22 1:-0.23 5:-0.16
u:port 1:-0.13 2:0.16 5:-0.34 11:0.15
u:portal 2:-0.13
u:porter 0:-0.17 3:-0.26
u:portions 0:0.12 1:0.2 4:0.41 5:0.18
u:positive 0:0.26 1:0.15 2:0.3 4:0.17 5:0.13 7:0.17 8:0.11 9:0.15
u:possible 2:-0.27
u:post 0:0.26 1:-0.12 2:-0.22 5:-0.14 6:-0.12
u:postage 0:-0.11 1:-0.11 4:0.34
u:posted 0:-0.45 4:-0.14 6:0.15
u:poster 13:-0.1
u:pothole 0:0.27
u:potholes 0:0.45
u:pound 4:0.16 12:-0.21
u:pounds 2:0.12 4:0.2
u:pour 0:0.35 5:-0.1
u:pouring 8:-0.12
u:powder 2:0.21 6:-0.15
u:power 1:-0.36 5:-0.12
u:ppl 1:0.36 11:0.11
u:practice 4:0.1 5:-0.43
u:practices 0:0.15 1:-0.24 2:-0.12 5:-0.14
u:practise 0:-0.11 6:0.15 13:0.16
u:practitioner 1:-0.11 2:0.16 5:-0.12 6:0.32
u:praise 0:-0.11
u:praised 0:0.19 1:0.15 2:0.43 3:0.31 4:0.18 5:0.32 6:0.27 9:-0.1 13:0.13
u:precisely 4:0.1
u:premium 0:-0.19 1:0.14 2:-0.25 5:0.64 6:-0.2 11:-0.16 12:-0.12
u:prescribed 2:0.25
u:prescription 1:-0.14 2:0.44 3:-0.17 4:-0.14 5:-0.57 7:-0.14 9:-0.22
u:prescriptions 0:-0.15 5:-0.11
u:present 5:-0.11
u:press 5:-0.34
u:pressed 0:-0.12
u:pressure 0:-0.14 2:0.16 3:0.27 4:0.15 6:0.14 13:0.1
u:previous 2:0.46 3:0.22 4:-0.11
u:price 1:-0.19 2:-0.2 4:0.32 7:0.29 9:0.12 11:0.15 12:0.17
u:priced 2:0.1
u:priceless 1:-0.38 5:-0.13 12:0.13
u:prices 0:-0.22 1:0.26 3:0.22 4:0.83 5:-0.26 7:-0.12 9:0.13 12:-0.13
u:pricey 3:0.18 4:0.73 5:0.14 6:-0.25 11:-0.12
u:pricier 5:0.29 11:0.12
u:pricing 1:-0.15 4:0.18 5:-0.2
u:primary 3:-0.14 5:0.19
u:primer 3:-0.14
u:principle 0:0.22 5:-0.13
u:print 4:0.4 6:0.14 11:-0.11
u:printed 1:0.26
u:printer 0:0.27 2:0.11 4:0.12 5:-0.14
u:printers 1:-0.11 5:0.18 6:0.14
u:printing 1:0.26 2:-0.18 4:0.18 6:0.22 7:-0.14
u:priority 0:0.42 4:-0.32
u:private 0:0.73 1:-0.11 2:0.24 4:0.32 5:-0.14
u:privilege 11:-0.11
u:prix 1:0.33 4:1 5:-0.3 11:0.15
u:priya 1:0.21
u:probably 1:-0.2 2:0.21 5:-0.14
u:probate 2:0.14
u:problem 0:0.26 1:-0.15 2:0.51 6:-0.1 9:0.11 13:-0.15
u:problems 5:0.16
u:process 0:0.21 5:0.3 6:0.27 12:-0.17 13:0.13
u:processed 0:0.42 2:-0.14
u:processing 0:-0.25
u:produced 5:0.13
u:product 1:0.13 2:0.24 5:-0.16 6:-0.14 9:0.14
u:products 1:0.3 2:0.14 4:0.13 5:-0.13 6:-0.12
u:professional 1:-0.26 3:-0.19 4:0.12 5:-0.19 11:-0.15
u:progress 0:-0.19 1:0.23 5:0.28 6:0.13
u:projector 2:0.29 5:-0.14
u:promise 1:0.11 6:0.14
u:promised 1:-0.33 2:-0.13 3:0.18 4:-0.33 6:0.59 7:0.14
u:promotions 6:-0.12
u:promptly 1:0.14 7:-0.1
u:proof 6:0.2
u:proper 1:-0.12 2:-0.14 4:-0.24 6:-0.37 8:-0.33 9:0.28 10:0.15 12:0.24
u:properly 0:-0.24 1:0.36 2:0.1 4:0.17 5:0.51 6:0.25 9:0.26 11:-0.1 12:0.28 13:0.18
u:property 0:-0.12
u:propre 4:0.18 5:-0.14 11:0.12
u:proud 0:0.14
u:provider 0:0.46 1:-0.11 2:-0.13 4:-0.1 5:-0.17
u:providers 1:0.14 2:-0.12 5:0.17 6:-0.16 12:0.12
u:pt 2:0.4 5:-0.22 9:0.1
u:pub 0:-0.22 1:0.15 5:-0.18
u:public 0:-0.31
u:pudding 0:-0.13 3:-0.18 5:0.18
u:puddle 1:0.24 3:-0.35 5:0.43 12:-0.19
u:puddles 1:-0.12
u:pulled 1:0.31 5:0.22 6:-0.12 13:-0.12
u:pump 2:-0.11
u:puncture 4:0.39
u:purely 0:-0.11 1:-0.11
u:purple 2:-0.21
u:push 1:0.18 4:0.27
u:pushchair 1:-0.12 5:0.4
u:pushed 6:0.14
u:pushy 1:0.41 2:-0.16 6:-0.15 8:-0.11
u:put 0:-0.3 1:-0.23 2:0.22 4:-0.19 10:0.14 11:-0.19
u:putting 0:-0.1 1:0.22 6:-0.11
u:qr 2:-0.1 5:0.14 6:0.18 13:-0.14
u:quality 0:0.15 1:-0.15 2:-0.12 4:-0.27 5:0.29 6:0.12
u:quarter 0:0.18
u:que 5:-0.12
u:queried 0:0.14 1:0.11 3:0.12 4:-0.11
u:query 0:0.11 6:-0.1
u:question 0:-0.2 2:-0.28 4:-0.19 5:-0.3 6:0.21
u:questions 0:-0.21 1:0.21 2:0.57 6:-0.27 13:0.11
u:queue 0:1.06 1:-0.18 2:-0.33 4:-0.41 5:-0.18 7:-0.49 12:0.11 13:-0.15
u:queued 0:0.17 1:-0.22 2:0.26 6:-0.13
u:queueing 0:0.16 5:-0.13
u:queues 0:0.4
u:queuing 0:0.37 5:0.22 6:-0.34
u:quick 0:0.65 1:-0.33 4:-0.17 5:-0.57 6:-0.39 7:0.15 9:0.14 10:0.12 12:0.11
u:quicker 2:-0.14
u:quickest 0:0.1
u:quickly 0:-0.41 5:0.3 12:-0.17
u:quid 2:0.2 4:0.23 5:-0.24 11:-0.13
u:quiet 0:-0.11 5:-0.18 8:0.1 12:0.14
u:quietly 5:0.15
u:quit 3:-0.23 5:0.13
u:quite 5:0.21 11:0.13
u:quiz 0:-0.2
u:quote 2:-0.17 4:0.5 5:0.11 6:0.47 11:0.12 12:-0.16
u:quoted 0:0.16 2:0.16 3:0.16 4:0.19 5:-0.21 6:0.2 7:0.11 9:0.19 11:0.27 12:0.14
u:quotes 0:0.15 4:-0.2
u:quoting 6:0.31
u:r 1:0.3 6:-0.11 12:0.13
u:rack 0:0.11 5:-0.13
u:ragged 0:0.19
u:rail 0:-0.11 2:0.15 5:-0.18 11:-0.1
u:railcard 6:-0.2
u:rain 1:-0.14 5:0.19 8:-0.12
u:rains 2:0.11 6:-0.18
u:rainy 5:0.21
u:raised 0:0.28 1:0.19 4:0.29
u:ram 2:0.1
u:rammed 0:0.15 5:0.21 7:-0.12
u:ramp 6:0.17 7:-0.13
u:ran 0:0.22 2:-0.3 4:-0.18 5:0.14
u:rang 0:0.43 3:-0.12 4:-0.29 5:-0.31 11:0.11 12:-0.18 13:0.42
u:range 5:0.13
u:ranged 1:-0.11
u:rank 3:-0.24 5:0.24
u:rarely 0:0.41 1:0.12 5:0.23 13:-0.17
u:rash 0:-0.11 2:0.33 5:-0.27
u:rate 1:-0.23 4:0.36 6:0.22 10:-0.15 11:0.11 13:-0.17
u:rated 5:0.4 6:0.14 12:0.12
u:rates 6:0.13
u:rather 1:0.19 5:-0.41 6:0.49 11:0.1
u:rating 3:0.12
u:rattle 0:-0.12 2:0.26 9:0.11
u:rattled 1:-0.19 2:0.2 4:-0.24
u:rave 5:0.36
u:ray 0:-0.44 2:0.14 9:-0.1
u:rcd 0:-0.29
u:rd 0:0.44 5:-0.21 6:-0.19 7:-0.14
u:reach 5:0.13
u:read 0:0.13 1:0.21 6:0.22 9:-0.25 11:-0.11
u:reader 5:-0.11
u:readers 0:0.18 6:-0.25 7:0.14
u:reading 0:0.11 1:-0.15 2:0.24 6:-0.1
u:reads 0:-0.19 5:0.16
u:ready 0:0.1 1:-0.16 2:-0.42 5:-0.33 6:0.39
u:real 0:0.34 2:0.17 4:0.21 5:0.4 6:0.39 7:0.11 11:-0.3
u:really 1:-0.27 2:0.23 3:-0.27 4:-0.26 5:-0.27 7:-0.12 8:-0.16 9:0.14 10:0.12 11:-0.25
u:realtor 0:-0.19 3:-0.11
u:realy 6:0.15
u:rear 5:-0.11
u:reason 1:0.19 11:0.19
u:reasonable 1:0.3 3:0.2 4:0.73 5:0.17 6:-0.23 11:0.49
u:reasonably 4:0.13 5:0.19
u:reassuring 1:0.19 2:0.47 5:-0.27 9:-0.3
u:rebook 5:0.17
u:rebooked 6:0.15
u:receipt 2:-0.35 3:-0.13 4:-0.16 6:-0.18
u:receipts 1:-0.12
u:received 0:0.18 5:-0.3 6:0.17
u:recent 0:-0.13
u:reception 2:-0.24 3:0.27 5:-0.34 6:0.36 8:-0.25 11:-0.1
u:receptionist 1:0.59 4:-0.19 5:-0.26 6:-0.23 8:-0.45
u:receptionists 0:0.14 1:0.43 2:-0.14
u:recieved 0:0.17
u:recipe 2:0.25 5:0.45
u:recipes 5:-0.2
u:reckoned 2:0.3 5:-0.29
u:recognition 2:0.2 5:-0.11
u:recommend 0:-0.13 4:-0.1 5:-0.23 6:-0.11 11:0.17
u:recommended 0:-0.12 2:1.29 9:0.16 12:0.1
u:reconciliation 6:0.19
u:record 1:-0.14 2:-0.15 3:-0.4 5:0.64 6:-0.14 7:-0.13
u:recorded 0:-0.13 6:-0.12
u:records 2:0.23
u:recovery 5:0.18
u:recurring 1:0.13 8:-0.11
u:recycling 1:0.52 8:0.11
u:red 1:-0.14 2:-0.17 3:0.24
u:redid 2:0.1
u:redo 3:0.1
u:reeked 5:-0.2
u:ref 0:-0.11
u:refectory 5:-0.13
u:reference 0:0.29 2:0.1 4:-0.11 5:-0.27
u:referral 1:-0.11 2:-0.27 6:0.22
u:refit 1:-0.18 2:-0.1
u:refitted 5:-0.23
u:reflection 3:0.12 10:0.1
u:refreshing 6:-0.14 12:-0.12
u:refund 0:0.7 4:-0.17 5:-0.58 6:0.2
u:refundable 0:-0.14
u:refunded 1:0.13 5:0.14 6:0.1 13:0.15
u:refurbished 6:0.26
u:refused 0:0.13 1:-0.19 2:-0.12
u:regarding 0:0.27 5:-0.22
u:regards 4:-0.28
u:regional 5:-0.16
u:register 1:-0.13 5:-0.18 6:0.2
u:regret 5:0.11
u:regular 0:-0.22 1:-0.12 4:0.14
u:regularly 0:0.31 2:0.22 4:-0.1 6:-0.31 7:-0.11 8:0.15
u:regulars 1:0.11 2:-0.2 4:0.18 8:-0.19
u:regulations 0:0.1
u:reject 5:-0.16
u:rejected 2:0.22 5:0.2
u:relations 2:-0.14 6:0.15
u:relatives 0:0.32 3:0.12 5:-0.16
u:relaxation 1:0.15
u:relaxing 0:0.18 1:0.39 5:-0.2 8:-0.27 12:0.15
u:reliable 5:-0.28 6:0.12
u:relief 1:0.11 3:0.21
u:remaining 5:0.16
u:remember 1:0.18 6:-0.24 12:0.12
u:remembered 1:0.11 2:-0.1 5:-0.13 6:0.15
u:remembers 0:0.29 1:0.18
u:reminder 0:-0.23 6:-0.13
u:reminders 0:-0.3 1:-0.26 2:-0.11 6:0.24
u:remote 0:-0.27
u:removal 8:0.18
u:removals 1:-0.23 3:0.31 5:0.26 6:-0.13
u:renew 5:0.2
u:renewal 4:0.15 5:-0.22
u:renewed 1:-0.14 5:-0.11
u:rent 4:0.19
u:rental 0:-0.21 5:-0.11 6:0.19
u:reopen 1:-0.17
u:rep 0:-0.24 1:0.27 5:-0.29 6:0.15 8:-0.13
u:repair 0:0.26 1:-0.11 2:0.12 6:0.19 7:0.2 11:0.22 13:0.12
u:repairs 2:-0.2 3:0.17 6:0.21 12:0.11
u:repay 5:0.23 7:0.17
u:repeat 0:0.12 1:0.13 2:-0.14 5:-0.37 6:0.18
u:repeatedly 0:0.22 2:0.12 7:-0.11 8:0.11 11:0.14
u:replaced 1:-0.17 2:0.17 5:0.35 7:0.16 12:-0.14 13:0.17
u:replacement 5:0.49 6:0.33 7:0.12 8:-0.13 11:-0.1 12:-0.2 13:0.21
u:replacing 1:0.16 4:-0.11 9:0.12
u:replied 0:0.4 1:0.29 5:0.35 6:0.15
u:replies 0:0.14 5:0.26 6:0.14
u:reply 0:-0.13 2:-0.13 6:0.37 13:-0.1
u:report 5:0.5
u:reported 0:0.73 5:-0.54 6:0.26 13:-0.16
u:reports 7:-0.19
u:request 2:-0.2 5:0.13
u:requested 7:-0.13
u:requests 5:0.19
u:rescue 1:0.18
u:reservations 0:0.14
u:reserve 0:0.17
u:reserved 0:0.2 1:-0.22 6:0.14
u:reset 0:0.22 1:-0.1 5:-0.21 7:-0.1
u:resetting 2:0.15
u:residents 0:-0.23 1:-0.1 2:-0.12 3:-0.12 5:0.4
u:resit 6:-0.21
u:resort 0:-0.13
u:respect 1:-0.17 6:0.11
u:respectful 1:0.23
u:response 0:0.21 1:0.29 6:-0.25 8:-0.12
u:rest 0:0.1 2:0.28 5:-0.1 6:-0.2
u:restaurant 0:0.27 1:-0.36 3:0.12 5:0.12
u:restaurants 5:0.18
u:restocked 5:-0.1 7:-0.14
u:restored 2:-0.12 8:0.12
u:result 1:0.18 4:-0.11 5:0.27
u:results 0:0.31 1:-0.33 2:-0.1 4:-0.3 5:-0.47
u:retail 5:0.13
u:retailers 0:0.12 5:0.24
u:retention 4:0.14
u:retirement 1:-0.26
u:return 2:-0.14 5:0.14 6:-0.31
u:returned 0:0.14 2:-0.2 4:0.13 5:-0.25 6:0.16 12:0.12
u:returning 0:-0.13 1:-0.23 2:0.2
u:returns 0:0.12 1:-0.15 2:0.21 4:0.12 6:0.18 11:-0.11 12:-0.15
u:review 1:0.17 2:-0.14
u:reviews 1:-0.21 3:0.11 5:0.29 6:-0.17
u:rewiring 5:-0.1 9:0.13
u:rhyme 5:0.23
u:rice 0:0.35 5:0.25 6:-0.17 12:-0.11
u:ride 1:-0.16 4:0.11
u:rider 6:0.14
u:ridiculous 1:0.16 5:-0.24 6:-0.19 7:-0.12
u:right 1:-0.23 2:0.32 3:0.52 7:0.15 9:0.22 13:-0.14
u:rightly 6:-0.14
u:ring 0:-0.15 1:-0.16 3:-0.19 5:0.24 6:0.18 7:-0.2 12:-0.15 13:-0.18
u:ringing 0:0.26 6:0.31 8:-0.12 13:-0.16
u:rings 0:0.31 1:0.35 4:0.1 5:0.42 6:0.24 9:0.12
u:rioja 2:0.23 5:-0.29
u:rip 3:0.28 4:0.18 5:-0.13 11:-0.2 12:-0.11
u:ripped 0:-0.14
u:rise 0:-0.1 2:-0.1 5:-0.13 6:0.47 11:-0.11 13:-0.13
u:risen 5:0.13
u:rises 4:0.14 11:-0.12
u:risks 6:0.12
u:rly 6:0.19
u:road 0:0.21 1:-0.54 2:-0.15 3:-0.26 6:-0.3 7:-0.17 11:-0.11
u:roadside 5:0.29
u:roast 1:-0.13 3:-0.17 5:0.24 6:-0.22
u:robbery 0:-0.33 4:0.25 11:-0.17
u:robe 4:0.17 6:0.18
u:rock 5:0.39
u:roll 3:0.31 12:-0.11
u:rolled 0:-0.23 2:-0.22 5:-0.13
u:rolling 2:0.11 6:-0.14
u:rome 5:0.16
u:rong 5:-0.18
u:roof 1:-0.17 2:0.2 4:-0.4 5:0.5 6:-0.15 9:0.2 12:0.19
u:room 0:-0.44 2:-0.21 5:-0.47 6:0.13 8:0.13 9:0.13
u:rooms 0:0.22 3:0.89 5:-0.25 10:0.12 11:0.15
u:rota 0:0.18 1:-0.29 2:-0.2 3:0.11 5:-0.4 6:-0.26 7:0.11 10:0.11
u:rotas 0:-0.13
u:rough 0:-0.26 1:-0.18 5:0.73 12:-0.26
u:roughly 4:-0.27 5:0.12
u:round 0:0.5 2:-0.11 3:-0.18 5:-0.16 6:-0.12 9:-0.13 11:0.17
u:roundabouts 5:-0.14
u:rounds 4:-0.29 6:0.13
u:route 4:0.16 5:-0.11 6:-0.33
u:router 0:0.23 11:-0.11
u:routes 5:0.15
u:routine 1:-0.11 4:0.11 6:-0.18
u:routinely 6:0.16
u:row 4:0.1
u:rubbish 0:-0.42 1:-0.29 5:0.8 12:-0.21
u:rubble 0:0.22 3:0.3 5:-0.14
u:rubish 5:0.58
u:rude 0:0.45 1:1.28 2:-0.41 3:0.23 4:-0.11 5:-0.19 6:-0.13 8:-0.36
u:ruined 0:-0.13 1:-0.14 2:0.23 3:-0.29 5:0.16
u:rules 1:-0.43 2:0.2 5:-0.14 6:-0.17
u:run 0:0.14 1:0.2 2:-0.15 4:0.18 8:0.15 12:0.11
u:rung 0:0.11
u:running 0:0.15 1:-0.17 2:-0.13 3:-0.24 5:0.45 6:0.44 7:-0.2 8:0.15 12:-0.2
u:runs 0:0.12 1:0.16 4:0.14
u:rush 5:0.17
u:rushed 0:-0.61 1:0.24 2:-0.17 6:0.33 13:-0.11
u:rye 5:0.3
u:rápido 0:0.13 1:0.1
u:s 0:-0.17 3:-0.15 4:-0.28
u:sad 5:0.39 12:-0.1
u:sadly 3:0.12 5:0.1
u:safe 2:0.33 5:0.15 6:-0.16 12:0.14
u:safely 5:0.21
u:safety 3:-0.27
u:said 1:0.2 2:0.41 3:-0.11 5:-0.4 6:0.55 9:-0.29 11:0.12 12:-0.12 13:-0.23
u:sailing 6:-0.15
u:salad 5:0.14 10:0.1
u:sale 3:-0.11 5:0.14 6:0.1
u:sales 1:0.24 2:0.18 6:0.24 9:-0.18
u:salesman 0:-0.15 1:0.26 2:-0.16 4:0.1 5:-0.31 8:-0.31
u:salon 2:-0.16 4:-0.11 5:-0.32 10:0.11
u:salt 1:0.27
u:sam 2:0.11 5:0.11
u:same 0:0.23 1:-0.17 3:-0.3 4:-0.12 5:-0.29 6:-0.13 7:-0.14 10:-0.13 12:-0.14
u:sample 5:0.33
u:sandra 0:-0.13
u:sandwich 0:-0.17 4:-0.51 11:0.11
u:sandwiches 2:-0.11 5:0.19
u:santa 1:-0.26
u:sat 2:-0.31 4:-0.15 5:0.33 6:0.38 13:-0.17
u:saturday 0:0.27 4:-0.11 5:-0.47 6:-0.5
u:saturdays 5:0.24 6:0.22 7:-0.12
u:sauber 0:0.26
u:sausage 3:0.19 5:0.16
u:sausages 5:0.11
u:save 0:-0.13 10:-0.13
u:saved 0:-0.48 1:-0.29 2:0.68 4:0.23 5:-0.11 6:-0.14 9:0.34 11:0.24 12:0.13
u:saves 6:0.14
u:savings 2:0.12 4:-0.16
u:saw 0:0.18 2:0.1 5:-0.11 6:-0.22 8:0.14 11:0.11 12:0.13
u:say 0:-0.22 1:0.22 3:0.37 4:-0.11 5:0.22 7:0.19 8:0.16 10:0.15 11:0.16 13:0.14
u:sayin 6:0.58
u:saying 0:0.34 2:0.21 3:0.3 4:-0.23 6:0.27 7:-0.26 8:-0.1 13:-0.45
u:says 0:-0.15 1:-0.74 2:0.64 4:0.18 5:0.37 9:-0.23 10:-0.1 12:-0.12 13:-0.15
u:scale 0:-0.12 5:-0.15
u:scales 6:-0.11
u:scalp 2:0.29 5:-0.28
u:scam 5:0.25
u:scan 0:0.3 4:-0.1 5:-0.15
u:scanner 0:-0.12 1:0.1
u:scanners 2:-0.15 6:0.5
u:scanning 4:-0.14 6:0.11
u:scathing 0:0.13 2:0.25
u:schedule 0:0.17 5:0.14
u:scheme 1:-0.26 4:-0.1 6:-0.37
u:schnell 5:-0.13
u:schnitzel 1:-0.15
u:school 1:0.26 2:-0.41 3:0.14 5:-0.44 10:0.11 12:-0.12
u:schools 5:-0.2 6:0.22
u:science 2:0.11 5:0.17
u:scone 5:0.33
u:scones 5:0.24
u:scrapped 4:0.5
u:scratch 0:-0.12 1:0.37 3:0.19 4:-0.13 5:0.25 6:-0.19
u:scratched 5:0.22
u:screaming 1:0.46
u:screen 0:0.24 2:-0.18 4:-0.11 5:0.36 12:-0.11
u:screens 1:-0.14 5:0.2 6:0.25
u:script 6:0.25
u:scripts 0:-0.18 2:0.18 5:-0.17
u:scrum 0:0.25
u:scuffed 5:-0.11
u:sea 0:0.18 2:0.11
u:seam 4:0.11 5:0.26
u:season 4:0.12 5:-0.15 6:0.29 11:-0.13
u:seat 2:-0.28 3:0.64 5:0.43
u:seated 0:-0.11
u:seats 3:-0.11 4:0.56 5:0.42 11:0.22
u:second 0:-0.35 1:-0.14 2:0.36 6:-0.49
u:seconds 0:0.66 6:0.1 7:0.19
u:secretary 1:0.18 6:0.23
u:section 0:-0.1 1:0.12 3:0.15 4:-0.15 5:-0.12
u:security 0:-0.15 1:0.16 6:-0.2
u:sed 0:-0.22 5:0.18
u:see 0:0.34 3:0.22 6:0.2 7:-0.15 10:-0.12
u:seed 0:-0.14 5:0.47
u:seeing 5:0.14
u:seemed 1:0.15 6:0.32 8:-0.17 9:-0.13
u:seems 3:0.16 5:0.11
u:seen 0:0.63 7:0.13 8:-0.15
u:sehr 0:0.57 5:-0.15 6:0.31
u:self 0:0.34 1:-0.17 2:-0.13 5:-0.53 6:-0.19
u:sell 0:-0.12 1:-0.32 5:0.25 9:-0.12
u:sellers 4:0.17
u:selling 6:-0.1 12:-0.12
u:semi 5:0.21 13:0.11
u:send 0:0.24 2:0.17 5:-0.28 6:0.28
u:sending 0:-0.22 1:-0.19 2:0.2 3:0.16 6:0.12
u:sends 0:0.22 2:-0.21 5:-0.18 6:0.32
u:sense 5:0.22 6:0.12
u:sensor 5:-0.25 6:-0.12
u:sent 1:-0.45 2:-0.26 3:-0.52 4:-0.21 6:0.63
u:sentence 0:-0.12
u:separate 0:-0.12
u:september 0:0.18 5:0.15 8:0.15
u:serious 2:0.17
u:served 2:-0.11 5:0.2
u:server 2:-0.12
u:service 0:0.2 1:-0.32 2:-0.14 3:-0.18 4:0.13 5:-0.61 7:-0.2 9:0.13 11:-0.13 12:0.33
u:serviced 0:-0.21 2:0.17
u:services 2:0.17 4:-0.1 5:0.42
u:serving 0:0.38 1:0.11 4:0.18 5:-0.1 7:-0.11 8:-0.11
u:session 0:-0.1 1:-0.19 2:0.26 5:-0.56 6:0.29 9:0.21
u:sessions 2:-0.22 5:0.17 12:0.22 13:-0.11
u:set 1:0.11 4:0.14 6:0.11 9:0.12
u:setting 1:0.14 3:0.14 6:0.18
u:settings 2:0.21
u:settled 2:0.1 6:-0.2
u:seven 0:0.5 2:-0.16 6:0.1 7:-0.19
u:several 4:0.27 5:0.22 9:0.25 10:0.14 11:-0.11
u:shade 1:0.18 2:0.21 5:-0.14 9:-0.14
u:shading 2:0.1 4:-0.24 5:0.12 12:-0.13
u:shaking 1:0.18
u:shallow 1:0.14
u:shambles 0:0.11
u:shame 0:0.4 1:0.21 3:0.24 5:0.47 7:-0.14 12:-0.12
u:shampoo 2:0.25 5:-0.16
u:sharp 0:0.31 1:-0.28 2:0.31 3:-0.3 5:0.39 9:0.11 12:0.1
u:shattered 3:-0.12 5:-0.11
u:she 1:0.53 2:0.45 4:-0.28 7:0.13 8:0.16 11:0.15 12:0.19 13:0.18
u:shed 0:-0.21 2:-0.15 4:0.16 5:-0.21 9:-0.27 11:0.12
u:sheet 0:-0.11 1:-0.15 2:-0.1 6:0.2
u:sheets 2:-0.11 3:0.13 5:0.1
u:shelf 1:0.3 2:0.39 5:-0.11
u:shelves 0:-0.26 2:-0.11 3:0.16 4:-0.23 6:0.16
u:shes 1:0.12 5:0.13 11:0.14
u:shift 1:-0.47 3:0.18 5:0.12 6:-0.31
u:shifts 1:0.14
u:shine 12:-0.15
u:shirt 2:-0.16 5:0.1 12:-0.15
u:shirts 3:-0.36
u:shock 0:0.12
u:shocking 5:0.26 6:0.51 12:-0.11 13:0.15
u:shoe 3:0.3
u:shoes 0:-0.21 4:0.12 9:0.1
u:shop 0:-0.28 1:-0.54 2:0.36 3:0.39 4:0.3 5:-0.4 6:0.1 9:-0.13 10:-0.12
u:shoplifter 8:-0.22
u:shopped 5:0.11
u:shoppers 1:0.11 2:-0.18 5:0.19 12:-0.1
u:shopping 0:-0.24 1:0.51
u:shops 0:0.1 1:0.23 3:0.25 5:0.25 6:-0.2
u:short 0:0.13 1:-0.23 2:-0.12 5:0.14 8:-0.12
u:shorter 1:0.18 2:-0.1 5:0.13 12:-0.21
u:shot 5:0.18
u:should 0:-0.43 1:-0.24 5:-0.3 6:0.29 7:-0.11 9:-0.2 11:0.11 13:-0.11
u:shoulder 0:-0.14 1:0.15
u:shout 0:-0.14 4:0.2 5:-0.17
u:shouted 0:-0.17
u:shouting 1:0.48 6:0.12
u:show 0:-0.49 2:-0.18 4:0.12 5:-0.18 6:0.14
u:showed 0:-0.63 1:-0.31 2:0.21 3:-0.15 4:-0.36 6:0.15 9:0.12 13:0.16
u:shower 0:0.2 2:-0.17 6:0.11
u:showers 0:0.12 2:0.12 3:-0.26 5:0.42 6:-0.12 12:-0.1
u:showing 1:0.1 2:-0.14 6:0.13 13:0.11
u:showroom 2:0.21 6:-0.11
u:shows 1:0.26 6:0.18 13:0.11
u:shrank 1:0.31
u:shrug 1:0.17 2:0.19
u:shrugged 0:-0.17 5:0.29 6:-0.16 8:-0.12 12:-0.15
u:shrunk 1:0.3 5:-0.17
u:shut 0:-0.22 6:-0.14
u:shuts 5:-0.11
u:sick 0:-0.14
u:side 1:0.21 2:-0.17 4:0.41 5:0.56 6:0.25 12:-0.1
u:sighed 0:-0.16 1:0.2 8:-0.1
u:sign 1:-0.13 3:-0.18 4:-0.11 6:-0.2
u:signage 2:-0.14 5:-0.12 6:-0.25
u:signal 0:-0.12 1:-0.15 4:0.28 6:0.1 12:-0.17
u:signed 0:0.4 1:-0.17 5:-0.24 7:0.12
u:signs 0:-0.17 1:0.2 6:-0.35
u:silence 0:0.19 5:-0.16 6:0.16
u:silent 0:-0.12 3:-0.16
u:silk 2:0.13
u:simple 1:0.13 4:0.48 11:-0.13
u:simply 4:-0.12 5:0.14 12:0.11
u:simpático 5:0.29
u:since 0:0.68 2:-0.11 3:0.25 5:0.25 6:0.13 7:0.15 9:0.22 10:0.15
u:single 0:0.11 1:-0.19 4:-0.42 9:0.11 10:-0.21
u:singled 2:-0.22
u:sink 11:-0.11
u:sir 0:-0.26 3:0.1
u:sister 5:-0.13
u:sisters 1:0.13 2:-0.16
u:sit 0:0.16 1:0.21 2:-0.12 4:0.14 5:-0.17
u:site 0:0.25 3:0.13 4:0.16 5:0.67 6:0.14 7:0.17 13:-0.12
u:sitting 0:-0.18 4:-0.14 6:0.23 7:-0.13
u:six 0:-0.27 1:0.3 2:-0.52 3:-0.12 5:0.2 6:0.17 7:-0.18
u:size 0:-0.12 2:0.13 5:0.34
u:skimmed 5:0.3 6:-0.11
u:skin 0:-0.11 1:-0.32 2:0.17 4:0.25 5:0.37 11:0.15
u:skip 5:-0.21
u:skipping 3:0.11
u:skirting 0:0.12 2:0.19 3:0.24 5:0.18 10:0.13
u:sleep 0:-0.16 1:-0.17 5:0.46 6:-0.11
u:sleeping 5:0.38
u:sleeve 3:0.11 5:0.32 10:-0.16 13:-0.13
u:slept 5:0.25 12:0.12
u:slice 12:-0.13
u:slick 5:0.17
u:slides 0:-0.13 5:0.16 6:0.23
u:slightly 5:0.15 6:-0.1
u:slot 0:1.02 3:-0.12 5:-0.16 11:0.1
u:slots 0:0.2 1:0.17 2:0.11 13:0.13
u:slow 0:0.91 1:-0.28 3:0.2 4:0.14 6:-0.38 7:-0.17
u:slower 11:-0.18
u:slowest 0:0.22
u:slowly 0:-0.18 1:0.23 5:0.26 6:0.33 13:0.12
u:small 1:0.3 4:0.42 5:-0.42 6:0.13 8:0.13 11:-0.25 13:-0.1
u:smaller 4:0.27
u:smart 0:-0.16 2:0.12 3:0.18 5:0.17 6:0.11 12:-0.16 13:0.12
u:smear 2:-0.19
u:smeary 3:0.21 5:0.13
u:smell 0:0.28 2:-0.15 3:0.53
u:smelled 1:-0.12 5:-0.31 10:-0.17
u:smelling 3:0.24 5:0.2
u:smells 0:-0.18 3:0.52 5:-0.66
u:smelly 3:0.22
u:smelt 3:0.36 5:-0.54
u:smh 0:-0.23 1:-0.2 5:0.39
u:smile 1:-0.34
u:smiled 8:-0.21
u:smiles 5:-0.12 8:-0.12
u:smiling 1:0.11 4:0.17 5:-0.16
u:smooth 0:0.25 1:-0.14 4:0.21 5:0.15
u:snack 5:0.17
u:snapped 0:-0.14 4:-0.43 5:0.74 12:-0.16
u:snotty 4:0.12
u:so 1:-0.14 3:-0.35 5:-0.31 6:0.18 7:-0.37 8:0.13 9:-0.2 10:-0.22
u:soaked 1:0.17 2:0.25 3:-0.15 5:0.38 12:-0.12
u:soaking 5:0.14
u:social 6:0.12
u:society 0:-0.13 2:0.19 5:-0.2
u:socket 0:-0.26 5:-0.38
u:sofa 1:0.2 3:0.38 5:-0.35 6:0.17
u:soft 0:-0.17 1:-0.11 5:-0.27 11:0.1
u:software 5:-0.1
u:soggy 2:-0.21 5:0.24 6:-0.1 8:-0.11 12:-0.19
u:solar 1:-0.15
u:sold 0:-0.22 1:-0.35 2:0.58 5:0.52 6:-0.17 9:-0.13
u:solicitor 2:0.13 4:0.13 5:-0.12
u:solicitors 4:-0.12
u:solid 3:0.22 5:0.26 12:0.12
u:some 0:-0.2 1:-0.16 3:-0.13 4:0.22 8:-0.14 9:-0.14
u:someone 1:-0.29 2:0.38 3:0.57 4:0.16 8:0.14 9:-0.36 10:-0.16 13:-0.12
u:someones 0:-0.32 1:0.24 2:-0.15 3:0.2 5:-0.23 8:-0.11
u:something 3:-0.14 5:0.11 9:0.12
u:sometimes 2:0.1 5:0.15
u:somewhere 1:0.21 2:0.22 5:-0.14 6:-0.19 8:-0.12
u:sommelier 2:0.15
u:son 0:-0.26 1:0.28 2:0.28 5:0.3 6:-0.1 9:-0.11
u:song 1:-0.34 4:0.6
u:sons 0:-0.16
u:soon 0:-0.13 5:0.22 6:-0.12
u:soooo 0:0.14
u:sore 0:-0.27 1:-0.3 2:0.12 5:0.52 6:0.14
u:sorry 1:-0.1 5:0.23
u:sort 0:-0.12 1:0.32 5:-0.11 6:-0.2
u:sorted 0:0.38 1:-0.19 2:0.35 3:-0.15 7:0.23 8:0.1 9:0.19
u:sorting 5:-0.18
u:sound 0:0.12 1:1 2:-0.4 3:-0.26 4:-0.25 7:0.15 8:0.29 12:0.23
u:sounded 11:-0.11
u:sounds 5:0.2
u:soup 5:0.15
u:sour 5:0.11
u:sourdough 1:0.14 4:-0.11 5:0.59
u:spa 1:-0.1 2:-0.11 4:0.28 5:-0.13 13:-0.11
u:space 2:-0.11 5:-0.34 6:-0.17
u:spacer 1:-0.2 2:0.19
u:spain 4:0.18
u:spaniel 1:-0.37
u:spare 0:-0.33
u:sparkling 5:-0.12
u:sparky 1:0.22 3:0.11 5:0.14
u:spay 2:-0.18
u:speak 0:-0.6 1:-0.13 5:-0.36 6:1 9:0.22
u:speaking 1:0.12 4:-0.2 6:0.11
u:speaks 1:0.25
u:spec 2:0.11 5:-0.22 6:-0.55 9:-0.21
u:special 5:-0.11
u:specialist 0:0.16 2:0.66 5:0.18 9:-0.11
u:specific 1:-0.15
u:specs 3:-0.14 5:0.58
u:speed 2:0.31 5:0.62
u:speeds 0:-0.34 5:0.43 12:0.11
u:speedy 0:0.34 5:-0.14
u:spelt 5:0.41 6:0.15
u:spend 1:-0.21 2:-0.14 3:-0.2 5:0.13 6:0.14
u:spending 0:0.29 1:0.24 6:-0.12 7:-0.21
u:spent 0:-0.27 1:0.24 2:0.11 4:0.12 5:0.16 6:-0.16 7:-0.18 8:0.22
u:spilled 10:0.15
u:spin 5:0.26
u:split 1:0.12 2:0.22 5:0.26 6:-0.15 12:-0.11
u:spoke 0:-0.28 1:0.34 2:-0.11 4:0.19 5:0.11 6:0.35
u:spoken 0:-0.27 1:0.37 5:-0.12
u:sports 3:0.16 5:0.11
u:spot 0:0.44 1:-0.23 2:0.23 4:-0.12 5:0.23 6:0.19 7:0.1 9:0.2 12:0.12 13:0.15
u:spotless 0:-0.28 1:-0.38 3:0.67 4:-0.18 8:0.11 9:0.2 10:1.03 11:-0.13
u:spotted 1:-0.15 2:0.15 4:0.14 5:-0.55 6:-0.23 9:0.3 11:0.1
u:spotting 2:0.24
u:spring 5:0.29
u:squat 0:0.1 1:-0.21 5:-0.12
u:squeal 5:0.15
u:squeezed 1:0.15 6:-0.48
u:st 4:0.11 5:-0.42 6:-0.12 11:0.11
u:stacked 3:0.16
u:staf 1:0.17
u:staff 0:0.17 1:1.11 2:0.26 3:-0.24 4:-0.35 5:-0.23 6:-0.99 7:-0.11 8:-0.14 9:-0.13 11:-0.19 12:0.29
u:staffed 0:0.29 5:0.13 6:0.14
u:stage 0:-0.12 4:0.12 5:0.18 6:0.21
u:stain 2:-0.18 3:-0.18 5:0.28
u:stained 0:0.16 2:0.25
u:stains 3:-0.18
u:stairs 1:0.12 3:-0.11 6:0.14
u:stale 4:0.14 5:0.36 12:-0.12
u:stall 1:0.13 3:-0.19 5:-0.22 12:0.11
u:stamps 4:0.61 5:-0.16
u:stand 0:0.47 5:0.42
u:standard 4:-0.21 6:-0.11
u:standing 1:-0.2 5:-0.12 6:0.41
u:stands 1:0.15 5:-0.23
u:stank 3:0.24 10:-0.1
u:star 0:0.31 3:0.1 6:0.17
u:stars 0:-0.15 2:-0.11 3:0.49 5:0.11 10:-0.11 12:0.18
u:start 0:0.54 1:-0.29 2:-0.29 3:0.12 6:0.57 7:0.23 12:0.1
u:started 0:0.1 1:0.11 2:-0.28 3:0.76 5:-0.29 6:0.16 7:-0.25 11:-0.11 12:-0.25 13:0.32
u:starters 0:0.14 1:-0.15 2:0.22 9:-0.1
u:starting 0:-0.11 4:-0.17 7:-0.11
u:starts 0:-0.11 2:-0.11
u:state 1:0.11 3:-0.36 10:-0.14
u:statement 1:0.4 2:-0.35 5:-0.11 6:0.15
u:statements 13:-0.16
u:station 3:0.17 5:-0.12 6:-0.12 7:-0.13 11:0.12
u:status 0:-0.29 5:0.29 6:0.34
u:stay 0:-0.11 1:0.3 2:-0.22 5:-0.13 6:-0.17
u:stayed 0:-0.32 1:0.11 5:0.35 6:-0.11
u:staying 0:0.3 5:0.12
u:steak 12:0.1
u:steal 4:0.2 6:-0.12 11:-0.11
u:steep 1:0.11 3:0.14 4:0.2 5:0.15 6:-0.2
u:steered 0:-0.12 5:0.28 11:0.17
u:steering 3:0.3 5:-0.31
u:stellar 5:-0.21 10:-0.16
u:step 1:-0.26 2:-0.25 6:0.51 13:0.26
u:steps 1:0.28 5:-0.12
u:stick 6:0.15
u:sticky 0:-0.19 3:0.48 5:-0.12 10:-0.22 12:0.14
u:still 1:-0.14 3:-0.32 4:0.2 5:0.18 7:-0.34 9:-0.32 11:-0.14 12:-0.25 13:-0.43
u:stinks 0:-0.19
u:stitch 0:-0.31 2:0.13 6:-0.17
u:stock 0:-0.22 2:0.37 5:-0.12 12:-0.11
u:stockroom 3:-0.27
u:stone 0:0.2 5:-0.44
u:stood 0:0.64 1:0.14 2:-0.36 5:-0.21 6:-0.14 7:-0.13 8:-0.16
u:stop 2:-0.17 4:-0.31 5:0.36
u:stopped 0:-0.21 2:0.11 5:0.18 6:0.43 9:0.17 12:-0.16 13:0.4
u:stops 1:-0.17 6:0.28
u:storage 0:-0.33 3:-0.17 4:0.12 5:0.11 6:0.15
u:store 1:-0.18 2:0.33 5:-0.15 6:-0.38 7:-0.11 8:-0.14 11:0.18 12:-0.19
u:stores 5:0.15 9:0.16
u:stories 3:0.1 4:0.12
u:story 0:0.28 1:0.17 2:-0.14 5:0.4 6:-0.1 12:0.2
u:straight 0:0.44 2:0.42 4:-0.13 6:0.13 7:0.22 9:0.19 10:-0.13 12:0.13 13:0.17
u:straightforward 0:0.24 5:-0.1 6:0.14
u:strap 0:-0.1 1:0.16 4:0.15 5:-0.2 12:0.11
u:strawberries 0:-0.18 4:-0.14 5:0.13
u:street 0:-0.22 1:0.21 2:0.19 3:0.12 5:-0.19 6:0.14
u:streetlight 0:0.43 5:-0.4 7:-0.24
u:strength 2:0.14 4:-0.12
u:stress 1:-0.12 2:0.28 5:-0.14
u:stretch 8:-0.11
u:stretched 4:0.15 5:0.13
u:strimmer 5:-0.25
u:strong 0:0.35 3:0.12 5:-0.12 10:-0.11
u:structure 2:0.19 6:-0.11
u:struggled 5:-0.16
u:stuck 0:-0.22 3:0.22 5:-0.21 6:-0.15 10:-0.28
u:student 0:0.23 1:-0.11 5:-0.32 9:0.11
u:students 0:0.21 1:-0.23 2:0.15 3:-0.19 5:0.26
u:study 1:0.24 5:-0.43 8:-0.11
u:stuff 1:-0.42 2:0.75 8:-0.12 9:0.34 12:-0.12
u:stunning 5:0.93 6:-0.29 12:0.17
u:stupid 4:-0.1
u:stylist 0:-0.12 1:0.3 2:-0.1 5:0.12 6:0.13
u:sub 5:-0.14
u:submitted 0:0.14 3:0.13
u:subscription 0:0.29 1:-0.2 4:0.31 5:-0.21 6:0.17 11:0.16
u:substitutions 4:-0.1 5:0.28 12:-0.12
u:such 0:-0.12 1:0.28 2:-0.11 5:-0.33 6:-0.1
u:sue 0:0.11 6:0.12
u:suggested 2:0.38 9:0.11
u:suggestions 2:0.14 6:-0.13
u:suit 0:-0.19 1:0.16 3:-0.39 5:0.48 7:0.17 13:0.1
u:suitcase 5:0.41 12:-0.11
u:suited 1:0.16 5:-0.13
u:sum 3:-0.2 5:0.14
u:summary 0:-0.12 1:-0.45 5:-0.18 6:0.12 11:0.15 13:0.17
u:summed 6:-0.16 8:0.11
u:summer 1:-0.31 2:0.1 5:0.21
u:sunday 0:-0.11 1:0.15 4:-0.18 5:0.16 11:-0.13
u:sundays 0:-0.2
u:sunglasses 5:0.56
u:super 3:0.11 4:-0.11 5:0.78 12:0.15
u:superb 5:-0.24 7:0.18
u:supermarket 0:0.19 4:0.3 5:-0.22 6:-0.18 12:0.1
u:supermarkets 5:0.16
u:supervisor 0:0.18 1:0.19 5:-0.1 6:-0.13
u:supervisors 1:0.16
u:supplements 2:0.18 5:-0.1
u:supplier 1:-0.12 4:0.17 5:-0.12 6:-0.15 7:0.1
u:suppliers 5:0.45
u:support 0:0.24 1:-0.17 2:0.14 5:0.16 6:0.46 9:-0.12 12:0.12
u:supportive 1:-0.13
u:suppose 1:-0.28 5:-0.15
u:supposedly 1:0.24
u:surcharge 4:-0.14 6:0.13
u:sure 0:-0.36 1:0.14 6:0.11
u:surface 0:0.21 5:0.12
u:surgery 0:0.58 1:-0.18 2:0.11 3:0.76 5:-0.41 7:0.11 8:-0.14 9:0.13 10:0.2 13:-0.1
u:surprised 5:0.23 10:0.16 12:0.1
u:surprisingly 2:0.18 3:0.17
u:survey 1:-0.11 2:0.11 4:-0.28 5:0.28 6:-0.19
u:surveyor 2:0.45 6:-0.13
u:swamp 0:0.15 5:-0.11
u:swapped 0:-0.18 1:-0.15 5:0.14 6:0.45 13:0.18
u:sweep 0:-0.18
u:sweet 0:0.2 1:0.14 5:-0.41
u:swept 1:-0.17 3:0.87 5:-0.13 10:0.43 12:0.13
u:swim 0:-0.11 1:0.18 3:0.25 5:0.24 6:-0.1 11:0.16 12:0.13
u:swimmers 3:0.13
u:swimming 0:-0.14 1:0.22 3:-0.3 4:-0.34 5:0.12
u:switch 1:-0.13 4:0.13 5:-0.23 6:0.27 7:0.1
u:switched 4:0.32 5:-0.15 6:-0.17
u:switching 5:-0.36
u:sympa 4:0.22 5:0.26
u:symptoms 1:0.12 2:0.12 9:-0.14
u:syrup 1:-0.19 5:-0.29
u:system 0:0.27 2:-0.12 3:-0.19 4:0.16 5:-0.23 6:-0.2 11:0.14 12:-0.13 13:-0.14
u:systems 0:-0.14 5:0.24 6:0.22
u:ta 0:0.11 1:-0.18 3:0.13 10:0.2
u:table 0:0.35 1:0.35 2:0.12 5:0.13 7:0.14 10:-0.21 12:0.12
u:tables 3:0.34 4:-0.16 5:-0.3 6:-0.11 10:-0.11
u:tablet 1:0.13
u:tablets 0:0.27 1:-0.26 2:0.81 3:-0.13 5:-0.35 7:0.13 9:-0.15
u:tag 1:-0.3
u:tailor 0:0.27 5:0.14 13:-0.1
u:take 0:0.44 1:0.13 2:-0.22 3:-0.15 5:0.17 6:-0.21 7:-0.11 9:0.17 13:-0.1
u:takeaway 2:-0.1 4:0.37 6:-0.14
u:taken 4:0.1 6:0.16 12:0.11
u:takes 0:0.11 1:0.25 4:-0.12 7:-0.1
u:taking 0:0.25 5:-0.19
u:talk 2:0.19 3:-0.16 5:0.31 6:-0.19
u:talked 0:-0.11 1:0.29 4:-0.22 5:-0.2 6:0.23 8:-0.21 9:0.2 12:0.13 13:0.14
u:talking 0:0.24 1:0.4 2:0.2 6:-0.52
u:talks 2:0.1
u:tan 0:-0.17 2:0.34 5:0.46
u:tank 5:0.19 6:-0.13
u:tap 1:0.15 2:-0.13 3:-0.14 5:0.4 6:-0.17 11:-0.1 12:-0.14
u:tape 3:0.4 5:-0.24
u:target 6:0.16
u:targets 0:-0.1 2:0.22
u:tariff 4:-0.28 5:-0.24 6:-0.18
u:tariffs 1:-0.21 6:0.14
u:taste 3:0.11 5:0.82 12:-0.25
u:tasted 3:-0.13 5:0.35
u:tastes 3:-0.15 5:0.14
u:tasting 6:0.15
u:tasty 5:0.62
u:tattoo 1:0.1
u:tax 0:-0.27 2:0.37 4:0.17 5:-0.14
u:taxi 0:-0.26 3:-0.16 5:0.63 12:-0.13
u:tbh 0:-0.38 2:0.16 6:-0.15 11:0.28 12:-0.12
u:tea 0:0.27 1:-0.24
u:teach 0:0.16 5:-0.19
u:teacher 0:-0.56 1:0.28 6:0.53 12:0.16 13:0.19
u:teaching 5:0.28 6:-0.17
u:team 0:0.19 2:0.16 4:-0.31 5:0.14 7:0.27 10:0.16
u:tear 6:0.15
u:tears 3:-0.11 5:0.13 6:0.13
u:teas 1:0.14 3:0.14 6:0.19
u:tech 0:0.17 1:-0.25 5:0.46
u:technical 5:0.19
u:technically 4:-0.11
u:technician 1:-0.11 2:0.37 5:-0.33 6:0.42 13:0.13
u:technicians 0:0.12 2:0.14
u:technique 6:-0.19
u:teenagers 6:-0.11
u:teeth 1:0.23 2:-0.21 3:-0.22 4:0.16 5:0.62
u:telephone 5:0.12
u:tell 1:0.19 2:0.15 3:0.36 4:0.43 5:-0.21 7:-0.13 11:0.26
u:telling 1:-0.14 2:0.15 5:0.2 6:0.26 12:-0.2 13:0.12
u:tells 4:0.16 5:-0.11 6:0.44 13:0.1
u:temperature 5:0.24 12:-0.11
u:template 1:-0.14
u:ten 0:0.47 4:-0.14 5:-0.39 6:-0.11 7:0.13 8:-0.21 11:-0.2 12:0.12
u:tenancy 4:0.11
u:tenant 1:0.15
u:tenants 0:0.13 2:-0.12 3:0.15 5:-0.11
u:tenner 2:-0.17 4:0.34 5:-0.29 11:0.18
u:tennis 1:0.17 5:0.25
u:term 0:-0.28 2:-0.1 6:0.11
u:terminal 1:-0.11
u:termination 6:0.16
u:terms 0:0.2 2:0.12 4:-0.11 5:-0.21 7:-0.11
u:terrible 0:0.19 2:0.24 5:0.2
u:terrified 1:0.13 2:-0.12
u:test 0:0.23 2:0.29 4:0.13 5:-0.21 9:0.17 11:-0.15
u:tested 5:0.21
u:testers 5:0.11 6:0.15 12:0.1
u:tests 2:0.16 5:-0.11 6:0.29 13:-0.13
u:text 0:-0.82 1:-0.19 2:-0.52 3:-0.21 4:-0.11 5:-0.52 6:0.91 13:0.47
u:texted 0:-0.3 1:0.36 4:-0.12 6:0.31 12:-0.13 13:0.1
u:texting 4:-0.11 5:-0.17
u:texts 1:-0.13 5:0.25 6:0.57 13:0.2
u:th 0:0.23 5:-0.17 7:-0.1 13:-0.1
u:thai 0:0.29 5:0.21 6:-0.11
u:than 0:0.13 2:-0.21 3:0.13 5:0.31 6:-0.23 8:0.18 9:0.2 10:0.32 12:0.36
u:thank 0:-0.37 1:-0.13 2:-0.21 3:0.15 4:-0.18 5:0.12 8:0.13 12:0.21 13:0.14
u:thanked 6:0.27
u:thankfully 2:0.22 6:-0.16
u:thanking 0:0.11 4:-0.11
u:thanks 0:-0.11 1:-0.22 2:0.26 3:-0.57 5:-0.41 8:-0.21 12:-0.15 13:-0.31
u:that 0:0.3 2:0.24 3:0.27 4:-0.15 5:0.41 6:0.61 8:0.2 9:-0.14 10:-0.16 11:-0.31
u:thats 1:-0.22 2:0.29 3:-0.15 4:-0.11 5:0.15 6:-0.99 7:0.13 13:-0.13
u:the 0:-0.27 1:-0.11 2:0.15 3:-0.12 4:-0.14 6:-0.27 9:-0.19 10:-0.15 11:-0.13 13:0.12
u:theatre 0:0.17
u:their 1:0.55 3:-0.14 4:-0.26 6:0.19 8:-0.2 9:0.42 13:0.27
u:them 1:0.37 2:-0.22 6:0.13 7:0.11 11:0.11 13:0.13
u:themselves 1:0.13 2:-0.22 5:0.35 6:0.44 8:0.15 12:0.1
u:then 0:0.34 1:0.27 2:-0.22 3:0.31 4:-0.11 5:-0.13 6:0.46 7:-0.21 9:-0.38 11:-0.19 13:-0.33
u:theory 0:0.1 4:-0.27 5:-0.35
u:therapist 0:-0.14 2:0.29
u:therapists 5:-0.28 6:-0.15 8:-0.13
u:there 0:0.64 1:0.19 2:-0.24 3:0.2 4:-0.1 5:-0.45 7:-0.17 10:-0.16 11:0.17 13:-0.19
u:thered 4:0.11 6:0.17
u:theres 0:-0.36 1:-0.2 2:0.25 3:-0.27 5:0.37 12:-0.11
u:thermostat 1:0.11 3:0.15 4:-0.26 6:0.16
u:these 1:0.24 2:0.17 4:-0.26 5:-0.19 6:-0.21 8:-0.12 9:0.11 12:0.11
u:they 2:-0.25 3:-0.22 5:0.46 6:0.57 9:-0.5 10:0.13 12:0.11 13:0.25
u:theyd 1:0.18 2:-0.16 4:-0.11 5:-0.38 6:0.2 13:0.14
u:theyll 0:0.39 5:-0.17
u:theyre 1:-0.16 2:0.25 4:0.2 6:-0.15
u:theyve 1:-0.24 2:-0.16 3:0.16 5:0.26 6:0.17
u:thing 0:-0.1 1:0.41 2:-0.12 6:-0.12
u:things 2:0.11 3:0.13 5:-0.15
u:think 0:-0.2 3:-0.12 4:0.41
u:thinking 1:-0.31 2:0.1 5:0.33
u:thinner 5:-0.17
u:thinning 5:0.16
u:third 0:-0.31 1:-0.17 2:0.22 5:0.28 9:-0.16 12:-0.1 13:-0.1
u:thirty 4:0.1
u:this 0:-0.29 2:0.19 3:-0.12 5:-0.16 7:0.15 8:-0.12 10:0.14 11:0.18
u:tho 1:0.2 5:0.5 8:0.14 12:0.13
u:thorough 1:-0.29 2:-0.28 5:0.6 12:0.12
u:those 0:0.18 1:-0.21 2:0.2 3:-0.25 4:-0.18 5:0.28 9:0.11
u:though 0:0.75 1:0.35 2:0.21 3:0.35 4:0.35 5:0.2 6:-0.33 7:-0.15 8:0.14 10:-0.16 11:-0.12 12:0.23 13:-0.15
u:thought 3:0.29 5:0.29 6:-0.12
u:three 5:0.28 6:0.33 7:-0.33 9:-0.15 12:-0.41 13:-0.41
u:threw 0:-0.14 1:0.11
u:thrilled 5:0.19 6:0.14 12:0.13
u:through 0:0.24 2:-0.21 3:-0.1 5:0.11 6:0.32 9:0.25 13:0.55
u:throughout 5:0.22 6:0.13
u:throw 1:-0.11 4:-0.15 5:0.12 12:-0.18
u:thursday 0:0.12 1:0.2 3:-0.22 7:-0.31 9:0.13
u:thx 1:-0.25 6:0.12 12:0.17
u:thyroid 2:0.29 5:-0.17
u:ticket 0:0.51 1:0.11 2:0.16 4:0.28 5:0.29 6:-0.28 7:-0.13 11:-0.11 12:-0.11
u:tickets 1:-0.2 2:0.14 5:0.15 12:0.14
u:tidied 5:0.28
u:tidy 1:-0.19 4:-0.1 5:0.16 6:-0.2 10:0.25
u:tidying 1:-0.13
u:tightened 3:-0.14 4:0.23 5:-0.28
u:tiles 1:-0.23 2:0.13 9:0.15
u:till 0:0.25 1:-0.21 2:-0.62 5:-0.22 6:0.12 7:-0.18 12:0.16
u:tills 0:0.29 1:0.34 6:-0.26
u:timber 5:0.2
u:time 0:0.12 1:0.45 2:-0.35 3:-0.32 8:0.13 9:0.15 10:-0.17 11:-0.11 13:0.15
u:timeline 1:-0.17 6:0.22
u:times 0:0.12 1:-0.13 2:-0.13 3:0.25 4:-0.11 5:0.23 6:0.18 8:-0.32 11:0.13 12:-0.25 13:-0.44
u:timetable 0:0.13
u:tin 5:0.15
u:tiny 5:0.15
u:tip 0:-0.11 1:0.26 2:-0.16 3:1.05 4:-0.26 5:-0.22 6:-0.22 8:0.14 10:-0.28 12:0.19
u:tipping 0:0.24 6:-0.14
u:tired 0:0.29
u:to 0:-0.12 2:-0.1 3:-0.3 7:-0.22 8:-0.18 9:-0.17 10:-0.33 11:-0.22
u:toast 4:0.1 11:-0.13
u:toaster 3:-0.13
u:toastie 5:-0.21
u:today 0:0.53 1:-0.3 3:-0.21 8:-0.26 10:-0.29
u:toddler 0:-0.18 1:-0.11 5:0.25
u:todo 5:-0.2
u:together 0:-0.16 1:-0.15 2:0.19 6:-0.18
u:toilet 0:-0.12 3:0.31
u:toilets 0:-0.59 2:-0.25 3:1.34 4:-0.15 5:-0.31 6:-0.24 10:-0.16 11:-0.13
u:told 0:-0.38 2:1.26 3:-0.28 4:-0.48 5:-0.13 6:-0.44 7:-0.12 8:-0.19 9:-0.55 12:-0.13 13:-0.3
u:tom 1:0.16
u:tomatoes 5:0.57 12:-0.12
u:tomorrow 0:0.19 7:-0.17
u:tone 0:0.1
u:toner 12:0.1
u:tonight 5:-0.12
u:too 1:0.35 2:-0.27 4:0.29 5:0.73 8:0.17 11:-0.24 13:-0.15
u:took 0:0.87 1:0.13 2:0.2 3:0.11 4:-0.3 6:-0.13 8:0.49
u:tool 2:0.14 5:0.2
u:tooth 1:0.13 5:-0.12
u:top 0:-0.15 2:0.35 3:0.27 4:0.14 5:0.55 6:0.53 9:0.13 10:-0.12 11:-0.22
u:topic 5:-0.2
u:torch 5:-0.17
u:torn 5:-0.25 12:0.11
u:total 2:-0.28 5:0.12
u:totally 1:0.21 8:-0.11
u:touch 0:-0.22 2:-0.12 4:0.24 5:-0.27 11:0.11
u:touched 3:0.14
u:tour 5:0.37
u:towel 1:-0.14 4:-0.23 5:-0.22 10:-0.16
u:towels 4:0.16
u:town 0:-0.22 1:0.45 3:-0.15 4:0.45 5:-0.1 6:-0.23 12:0.15
u:toy 5:0.46
u:track 5:-0.11
u:tracked 4:0.12 6:0.25
u:tracker 2:-0.12 5:0.43 6:0.32 12:0.16
u:tracking 0:-0.14 1:-0.24 3:-0.14 6:0.5 12:-0.16 13:0.13
u:trade 2:0.25
u:traffic 1:0.41
u:train 0:-0.11 3:0.13 5:-0.33 6:0.81 11:-0.2
u:trained 1:-0.12 2:0.11 4:-0.22
u:trainer 4:0.2 5:0.11
u:trainers 5:-0.21
u:training 0:-0.55 1:-0.13 2:0.14 3:-0.11 4:-0.21 5:-0.18 6:-0.52 9:0.12
u:trains 0:0.15 3:0.13 6:0.13
u:trampoline 1:0.22
u:transaction 0:0.17 1:0.13 5:-0.24 6:-0.12 11:-0.1
u:transfer 0:0.42 1:-0.21 5:-0.47 6:0.13 7:0.1
u:transferred 5:0.5
u:transfers 0:0.18
u:travel 1:-0.12 5:-0.17
u:travellers 0:0.17 1:0.1 4:-0.12
u:tray 8:-0.1 12:-0.1
u:trays 2:0.11
u:treadmills 0:-0.12 5:0.23
u:treasure 0:0.12 1:0.12 4:0.2
u:treat 1:0.2 2:0.49 3:0.11 4:-0.11 5:0.32 8:-0.11
u:treated 0:-0.21 1:0.11 2:-0.11 3:-0.12 5:-0.31 6:0.11 8:0.11
u:treatment 1:-0.21 4:0.28 11:-0.17
u:treatments 0:0.11 4:0.14 5:0.2
u:triage 5:-0.17
u:tried 2:0.17 4:0.37 5:0.24 6:-0.11 11:-0.15 13:-0.11
u:trim 0:0.11 2:-0.19 4:-0.16 5:0.46 6:0.12 8:0.11
u:trip 13:-0.11
u:tripped 0:-0.25 6:-0.11
u:tripping 5:0.22
u:trips 5:0.32 6:-0.18
u:trolley 0:0.12 3:0.46 5:-0.12
u:trolleys 0:0.31 1:-0.48
u:trop 0:0.33 1:0.12 4:0.19 5:0.13 11:-0.17
u:trousers 12:-0.19
u:truck 5:-0.11
u:truly 0:-0.16
u:trust 0:-0.16 2:0.35 5:-0.32 6:-0.12
u:trusted 2:-0.14
u:truth 1:-0.13 5:0.19
u:try 1:0.31 5:0.16 12:-0.13 13:-0.12
u:trying 0:0.34 3:0.22 4:-0.16 6:-0.18 8:-0.12
u:très 1:0.33 2:0.11 4:0.93 5:0.17 9:0.1
u:tuesday 0:0.55 2:-0.25 4:-0.11 5:0.16 6:-0.13 12:0.12
u:turn 0:-0.27 2:0.23 4:-0.13 5:-0.35 6:0.47 9:-0.12
u:turnaround 0:0.14 5:-0.16 6:-0.12
u:turned 0:0.87 1:-0.21 4:0.16 5:-0.34 6:-0.31 11:0.12 12:0.16
u:turns 0:0.45 1:-0.13 3:-0.11 5:0.11 6:-0.22 7:0.12
u:tutor 2:0.2 5:-0.16 6:-0.36
u:tutoring 0:-0.14 1:0.24 5:0.47 6:0.15 12:0.12
u:tutors 1:-0.21 5:-0.15
u:tv 0:-0.3 1:0.16 5:-0.48 6:-0.17
u:twelve 0:0.14 1:-0.14 2:-0.17 4:0.12
u:twenty 0:0.33 2:0.26 3:-0.27 5:0.12 6:-0.27 7:0.11 12:0.14
u:twice 0:-0.19 1:0.3 2:-0.18 3:0.18 5:-0.17 6:0.35 7:-0.1 10:0.13 11:-0.16 12:-0.25
u:twins 5:0.33
u:twitter 6:0.12
u:two 0:0.41 1:0.12 2:0.31 3:-0.33 5:0.25 7:-0.24 8:-0.17 11:0.17 12:-0.19
u:tyre 2:0.41 4:0.43 5:0.14 6:-0.17 7:0.15 9:0.12
u:tyres 2:0.44 4:0.24 5:-0.32 6:-0.13 11:-0.12 12:0.15
u:u 0:-0.14 1:-0.18 5:-0.17
u:umbrella 1:0.18
u:un 0:0.34 1:-0.19 4:0.23
u:unable 0:0.12 2:0.15 5:0.19
u:unacceptable 0:0.1 5:-0.1
u:unanimous 4:0.17
u:unanswered 5:0.21 12:0.16
u:under 0:-0.1 1:0.19 2:0.14 3:0.4 4:-0.33 5:0.12 6:-0.28 7:0.36 8:-0.13 11:0.21 12:0.15 13:0.11
u:undercooked 4:0.14 5:0.18
u:understand 0:-0.13 1:-0.11 2:-0.26 4:-0.19 6:0.68 13:0.21
u:understandably 2:0.11 6:-0.37
u:understanding 1:-0.48 2:0.2
u:understands 2:0.62 6:-0.1
u:understood 2:0.11 4:-0.15 5:-0.23 6:0.46 13:0.28
u:underwhelming 0:-0.16 5:-0.59
u:uneven 2:-0.16 5:0.16 6:0.4
u:unfair 0:0.15 1:-0.25 5:-0.11
u:unflappable 1:0.28 4:-0.11
u:unfortunately 2:-0.17
u:unfriendly 1:-0.1 5:0.15
u:unhelpful 9:-0.11
u:unhurried 1:0.17 2:0.18
u:uni 0:-0.27 2:0.15 3:0.18 4:-0.15 5:-0.24 6:-0.13
u:uniform 1:0.16 5:-0.11
u:uniforms 1:-0.28 2:-0.33 5:-0.34
u:union 0:-0.19 1:0.44 4:0.17 6:-0.22 8:0.12 11:0.11
u:unit 0:0.1 5:-0.12
u:university 0:0.2
u:universitys 0:0.12
u:unlike 5:-0.2
u:unlock 0:0.13
u:unreadable 5:0.39
u:unreal 0:0.14 1:-0.11 3:-0.19 5:0.56 11:0.22 12:0.23
u:unsure 4:0.11 6:0.1
u:until 0:-0.18 1:-0.16 5:-0.19 6:0.49 13:-0.11
u:up 2:-0.27 3:0.42 5:-0.2 6:-0.13 7:-0.22 10:0.57 11:-0.24 12:-0.19 13:-0.2
u:update 0:-0.3 5:0.11 6:-0.38 12:-0.15
u:updated 2:-0.13 6:0.42 12:0.14 13:0.28
u:updates 0:0.25 1:-0.15 6:0.29
u:updating 5:-0.11
u:upfront 6:-0.15
u:upgrade 5:0.3 6:0.33
u:upgraded 6:0.15
u:upgrading 1:-0.2 2:0.2 5:-0.13
u:upsell 0:0.15 1:0.27 5:-0.12 6:-0.13
u:upselling 1:0.15 3:-0.11 4:-0.17
u:upset 1:0.1
u:upstairs 0:0.11 5:-0.29
u:ur 5:-0.12 6:-0.25
u:urgent 0:0.61 1:-0.35 2:0.21 6:-0.2
u:us 2:0.22 3:-0.13 5:-0.34 6:-0.12 8:0.12 9:-0.14 11:0.22 13:0.17
u:usage 4:-0.13
u:use 0:-0.1 1:-0.23 2:0.83 4:-0.14 6:-0.23 8:-0.1 9:0.12
u:used 1:0.16 4:0.27 6:-0.23 7:0.27 10:-0.17
u:useful 0:-0.1 1:-0.18 2:-0.25
u:useless 2:0.13 4:0.16 6:-0.21 12:-0.11
u:users 5:-0.18 6:0.14
u:using 0:-0.12 1:-0.14 2:0.38 5:-0.13 10:-0.12
u:usual 1:0.13 4:0.16 5:-0.21
u:usually 2:0.11
u:v 0:-0.1 1:0.32 5:0.37 12:0.15
u:valet 0:0.15 3:0.79 4:0.14 11:0.13
u:valeting 0:0.2 3:-0.22 5:0.49 12:-0.1
u:valid 2:0.12 5:0.11
u:value 0:-0.15 4:1.24 5:-0.56 11:0.38
u:valued 0:-0.16 1:0.14 4:-0.12 11:0.13
u:valve 4:0.15 5:-0.15
u:van 2:-0.13 4:-0.11 5:-0.41
u:vans 1:0.48
u:variable 2:0.15
u:varifocals 2:0.18 5:0.31
u:vat 2:-0.22
u:veg 0:-0.24 1:-0.1 2:0.1 6:-0.19
u:vegan 5:0.13 12:-0.12
u:vegetarian 2:0.13 5:0.23 12:-0.11
u:vending 1:0.29 7:-0.15
u:venue 2:-0.13 4:-0.12 5:-0.17 6:0.37
u:venues 1:-0.18
u:version 2:0.15
u:very 0:0.14 1:-0.11 2:0.32 4:0.17 5:0.22 8:0.26 9:0.18 10:0.15 11:0.16 12:-0.13
u:vet 1:0.25 2:0.13 5:-0.26 6:0.33 8:0.12 12:0.1
u:vets 0:0.13 1:-0.11 5:-0.3 6:-0.23
u:via 6:-0.16
u:video 1:-0.21 2:-0.2 5:0.14 6:0.12
u:view 3:-0.32 12:-0.12
u:viewed 4:0.12
u:viewing 5:-0.29 6:0.11
u:viewings 1:-0.13 5:0.14
u:views 1:-0.24 5:-0.11 6:0.19
u:vile 1:0.13
u:violin 13:0.15
u:visa 2:0.14
u:visible 5:0.18
u:visit 0:0.17 1:-0.26 2:-0.11 5:-0.62 12:-0.14
u:visited 0:-0.1 5:0.16
u:visitors 3:0.22 5:0.42
u:visits 2:0.47 5:0.15 6:-0.11 7:0.14 9:-0.25 12:0.1
u:vivaldi 0:0.29 6:-0.11 7:-0.1
u:voice 2:0.24
u:voicemail 5:0.24
u:voicemails 0:-0.45 6:0.19
u:volumes 2:-0.12 6:0.16
u:volunteer 0:-0.14 2:0.14 4:-0.17
u:volunteers 0:0.21 1:0.31 5:-0.3 13:0.12
u:voucher 4:0.21 5:-0.24
u:vraiment 5:0.11
u:wages 4:-0.3
u:wait 0:0.23 1:0.14 2:-0.18 3:-0.12 4:-0.2 5:0.4 6:0.15 7:-0.25 8:0.17 12:0.21
u:waitd 0:0.72
u:waited 0:0.98 1:0.28 3:-0.11 4:-0.26 5:-0.22 6:0.19 8:0.1 11:0.19 12:0.25
u:waiter 0:0.23 1:0.63 5:0.48 6:0.13 8:-0.13 10:-0.19
u:waitin 0:0.18 5:-0.1 6:0.4
u:waiting 0:-0.21 1:-0.49 3:0.37 4:-0.17 5:-0.32 13:-0.14
u:waitress 5:-0.11 6:-0.1
u:waits 0:0.11 1:-0.1 5:0.37
u:walk 0:0.15 2:0.19 5:-0.13 7:-0.12 11:-0.13 12:-0.12
u:walked 0:-0.1 1:0.41 4:-0.26 5:-0.64 13:0.16
u:walker 5:-0.17 6:0.21
u:walking 0:0.42 1:0.19 2:-0.14 5:0.16
u:walks 2:-0.32 6:0.29
u:wall 1:-0.18 2:0.1 3:-0.18
u:walls 5:0.23
u:want 0:0.44 1:0.44 2:0.17 4:-0.12 5:0.31 8:0.11
u:wanted 0:-0.14 2:-0.37 4:0.21 5:-0.33 6:0.12 8:-0.11 11:0.22
u:wants 0:-0.39 4:0.19 5:-0.19 6:-0.12
u:war 5:0.19
u:ward 0:-0.24 3:0.38 4:-0.11 5:-0.22 13:-0.14
u:warden 1:0.8 6:-0.19
u:wardrobe 4:0.1 5:0.14
u:warehouse 0:0.18 4:0.11
u:warm 0:-0.16 1:0.25 3:0.16 5:0.57 10:0.16
u:warmer 0:-0.16 1:0.33 5:-0.15
u:warned 2:0.18 4:0.1 5:-0.2 6:-0.23 11:0.11
u:warning 5:-0.13 12:-0.12
u:warranty 1:0.18 2:0.3 3:-0.12 4:0.14 6:-0.12 9:-0.11 12:-0.12
u:was 1:0.45 4:-0.14 5:0.38 7:-0.16 9:-0.17 12:-0.32
u:wash 2:-0.15 3:-0.19 5:0.44 8:-0.1 10:0.11 12:-0.12
u:washed 0:0.26 1:0.19
u:washer 2:0.12
u:washes 4:-0.15 5:0.18
u:washing 0:-0.27 1:0.15 2:0.13 3:0.3 5:-0.36
u:wasnt 0:0.29 1:0.16 3:-0.12 5:-0.26 6:0.34 8:-0.16 9:-0.14 11:0.14 13:-0.16
u:wasp 8:-0.24
u:waste 4:-0.18 5:0.16
u:wasting 6:0.13
u:watch 0:0.2 1:-0.15 4:0.23 5:-0.17 6:0.2
u:water 1:-0.32 3:-0.11 5:0.42 8:0.13
u:watering 1:0.22 5:0.23
u:waterlogged 2:-0.1 5:0.3
u:way 0:-0.18 4:-0.1 5:-0.44 11:-0.18
u:we 0:0.16 2:-0.15 4:0.38 6:0.4 8:-0.14 9:-0.13 10:0.3 13:-0.12
u:wear 5:0.17
u:wearing 1:-0.37
u:web 1:-0.14 5:0.11
u:website 1:0.14 2:0.18 5:0.15 6:-0.27 9:-0.18 11:-0.16
u:wed 0:0.12 3:-0.21 4:0.2 5:0.21 6:0.33 12:-0.15 13:-0.19
u:wedding 0:-0.32 1:0.2 2:-0.15 5:0.45 6:0.47 12:0.14
u:wednesday 0:0.45 3:-0.19 7:0.11 12:0.11
u:wednesdays 1:-0.23
u:wee 3:0.13 10:-0.11
u:week 0:0.62 3:-0.17 4:-0.19 5:0.27 6:0.15 8:0.14 10:-0.15 11:-0.3 13:-0.14
u:weekend 0:-0.11 2:-0.29 5:0.35 7:-0.1 8:-0.16
u:weekends 0:0.17 2:0.11 3:0.12 6:-0.11
u:weekly 2:-0.11 5:-0.19 6:0.33 13:0.19
u:weeks 0:0.48 1:-0.21 2:-0.32 3:0.1 4:-0.27 5:-0.47 6:0.41 7:-0.68 8:-0.2 9:-0.23 12:0.3 13:-0.3
u:weighed 2:0.15 4:0.17
u:weight 5:0.18
u:welcome 1:0.71
u:welcoming 0:-0.11 1:0.28 8:-0.25
u:well 0:-0.14 2:-0.18 4:0.61 5:0.15 12:0.35 13:0.12
u:wen 1:0.33
u:went 0:-0.3 4:-0.51 5:0.26 11:-0.18
u:wer 5:-0.14
u:were 1:0.37 3:0.33 4:0.21 5:-0.2 6:0.23 7:-0.28 8:0.13
u:werent 0:0.15 1:-0.16 2:-0.29 5:-0.14 6:0.36 12:-0.21 13:0.13
u:wet 3:0.31 4:0.14 5:-0.24 12:0.11
u:weve 1:0.21 4:0.25 5:0.16 6:-0.21 7:-0.14 10:-0.22 12:0.15
u:what 0:-0.14 1:0.17 2:0.24 4:0.13 5:0.42 6:0.38 9:0.16 13:0.52
u:whatever 0:-0.13 12:0.13
u:whats 2:-0.21 4:0.2 5:-0.18
u:whatsapp 2:-0.22 6:0.25
u:wheel 2:0.32 3:0.28
u:wheels 3:-0.18 5:0.55 6:0.1 7:-0.13 13:-0.14
u:when 1:0.4 2:0.12 4:0.32 5:-0.29 9:-0.17 11:-0.35 12:-0.23
u:whenever 1:0.14 4:0.38 6:-0.15
u:where 0:-0.12 1:0.16 2:-0.11 5:-0.26 6:0.38 7:0.22 10:0.12 12:-0.14 13:0.24
u:wheres 6:0.18
u:whether 0:-0.31 1:-0.62 2:0.26 4:-0.1 5:-0.37 6:-0.15 9:-0.33 13:-0.14
u:which 0:-0.11 1:-0.39 2:0.45 3:0.2 5:-0.35 7:0.17 8:0.2 10:0.27 12:0.2 13:0.28
u:while 0:0.31 1:0.38 2:-0.3 3:-0.16 4:0.19 5:-0.27 6:-0.21 8:-0.23 11:0.14 13:0.12
u:white 0:0.14 3:-0.14 5:0.1
u:whitening 4:0.17 5:0.61 11:-0.1 12:-0.14
u:who 1:0.31 2:0.32 4:-0.12 5:-0.23 9:-0.18 10:-0.19 11:-0.11 12:0.18 13:-0.18
u:whod 1:0.11
u:whoever 6:-0.1
u:whole 1:0.11 6:0.16 8:-0.21 9:0.1 12:-0.12
u:whom 1:-0.2 2:0.23 4:-0.31
u:whos 0:-0.14 1:0.28 2:-0.12 5:-0.26 6:-0.21 11:0.1
u:why 0:0.74 1:-0.26 5:-0.3 6:0.47 7:-0.13 11:0.11
u:wide 8:-0.2
u:width 5:0.19 8:0.14
u:wife 0:-0.14
u:wifi 0:-0.19 1:-0.34 4:-0.34 5:0.93 6:-0.49 12:-0.17
u:will 0:-0.27 2:-0.54 4:-0.31 5:-0.34 7:-0.18
u:win 4:-0.21
u:window 1:-0.32 2:-0.14 5:-0.11 6:0.22 13:0.12
u:windows 0:0.15 2:0.17 3:-0.48 4:0.1 5:0.56 9:-0.1 10:0.11
u:windscreen 5:0.12 7:0.15
u:wine 1:-0.4 4:0.11 5:0.16 11:0.18 12:0.16
u:wines 2:0.14 5:-0.14
u:winter 4:0.15
u:winters 12:0.15
u:wipe 3:0.26
u:wiped 0:0.19 1:-0.16 3:0.26 10:-0.34
u:wipers 11:-0.11
u:wipes 10:-0.13
u:wish 0:-0.13 4:0.16 5:-0.11 6:-0.11 13:-0.13
u:with 0:-0.15 1:0.41 3:0.19 5:0.19 6:0.25 7:-0.21 8:0.27 11:-0.23 12:0.11 13:0.11
u:within 0:0.31 1:-0.15 4:-0.32 5:0.23 6:0.33 7:0.57 8:-0.11 12:-0.22 13:0.32
u:without 0:0.17 2:0.43 3:-0.49 4:0.36 5:0.38 6:0.55 7:0.11 8:0.34 12:-0.37
u:wiv 4:0.16 5:-0.15
u:wks 5:-0.19 6:0.19
u:wobbled 5:0.19
u:woman 0:-0.15 1:0.56 5:-0.12 6:-0.38
u:wonderful 0:0.26 1:0.11 6:0.1
u:wonky 1:0.1 4:0.14 5:0.14
u:wont 0:0.11 3:-0.13 4:0.17 5:0.3 6:-0.1 8:-0.13 12:-0.21
u:wool 0:-0.34 1:0.28 5:0.37
u:word 5:0.11 6:-0.26
u:wording 0:-0.12
u:wordpress 5:0.23
u:words 2:-0.12 5:-0.1 6:-0.27
u:wore 3:0.46 5:-0.25
u:work 0:-0.11 1:-0.15 5:-0.28 6:0.76 7:0.17 8:-0.11 11:-0.15 12:0.39
u:worked 0:-0.22 1:0.11 2:0.67 3:0.28 5:0.26 6:-0.23 9:0.19
u:working 0:0.77 1:0.22 2:-0.21 4:-0.31 5:0.22 6:-0.45 12:-0.11
u:works 0:-0.23 2:0.34 5:-0.1 6:-0.31 12:0.18
u:workshop 0:0.2 5:0.21
u:world 1:-0.11 6:0.1
u:worn 1:-0.24 2:0.24 4:-0.19 6:0.4 9:0.18 13:0.16
u:worse 1:0.12 5:0.22 6:-0.28 12:-0.15
u:worst 0:-0.14 1:-0.31 5:-0.3 6:-0.18
u:worth 0:-0.23 3:-0.41 4:0.7 5:0.48 6:0.27 11:0.38 12:0.48 13:0.16
u:wot 1:0.19 3:0.57 5:-0.12
u:would 0:0.17 1:-0.42 2:0.19 5:-0.34 7:0.18 13:-0.14
u:wouldnt 2:-0.11 5:0.2 6:0.16 8:-0.17 9:-0.1 13:-0.19
u:wow 0:0.37 1:0.12 5:-0.26 7:-0.18 8:-0.22
u:wrap 5:0.51
u:wrapped 2:-0.13 3:0.28 12:0.3
u:wrist 0:0.17 5:-0.32
u:write 4:-0.17 8:0.16
u:writing 1:0.26 2:-0.2 6:0.2
u:written 6:0.65
u:wrong 0:-0.18 1:-0.12 2:1.06 3:-0.22 4:-0.14 6:-0.49 8:-0.1 9:-0.24 12:-0.18
u:wrote 0:0.21 1:-0.25 4:-0.26 5:0.22 6:0.29 7:0.1 13:0.14
u:wudnt 5:0.6 12:-0.11
u:x 0:-0.37 1:0.27 3:-0.12 5:-0.13
u:xx 1:-0.2
u:yaar 0:0.16
u:year 1:0.47 5:-0.15 7:0.13 8:0.17 10:-0.13 11:-0.16
u:years 0:-0.23 1:-0.17 2:0.17 3:-0.32 4:0.28 5:0.33 6:-0.16 9:-0.11 11:0.24 12:0.38 13:0.2
u:yes 0:0.11 1:-0.21 2:0.44 4:0.13 5:-0.15 9:-0.24
u:yesterday 4:0.11
u:yet 0:-0.14 1:-0.11 4:-0.14 5:-0.28 6:-0.17 9:0.21
u:yonks 0:0.11
u:york 3:-0.11
u:you 5:0.12 10:0.27 11:0.16 13:0.17
u:youd 6:-0.19
u:young 5:0.12
u:younger 0:-0.24 2:-0.38 5:0.23 6:0.25
u:your 0:0.18 2:-0.43 3:0.16 4:-0.46 5:-0.13 7:-0.16 10:0.23 12:-0.17 13:-0.15
u:youre 1:0.21 2:0.11 8:-0.17
u:yours 0:-0.22 2:-0.17 5:0.17
u:youtube 6:0.16 9:-0.1
u:yr 1:0.41 2:-0.2 4:0.17 5:-0.1
u:zero 0:-0.29 1:-0.16 4:0.17 5:0.16 10:0.15
u:zip 5:0.24
u:zone 3:-0.15 5:-0.13
u:zu 0:0.31 4:0.42 11:-0.11
u:£ 0:-0.57 1:-0.3 3:-0.19 4:1.84 5:-0.13 6:0.33 7:0.11 10:0.15 11:-0.45 12:-0.25 13:-0.18
u:était 0:0.32 1:0.36 11:0.12
u:€ 4:0.2 5:0.31 11:-0.1
x:aspect:cleanliness 0:-0.56 1:-0.26 2:-0.48 3:1.92 5:0.16 6:-0.8 7:-0.22 10:-0.52 13:-0.23
x:aspect:communication 0:-0.68 1:-0.11 2:0.11 3:-0.39 4:-0.64 5:-0.26 6:2.09 7:-0.33 12:-0.35 13:-0.47
x:aspect:knowledge 0:-0.48 1:-0.21 2:1.73 4:-0.15 5:-1.19 6:-0.12 13:-0.16
x:aspect:price 0:-0.35 1:0.19 2:0.11 3:-0.36 4:2.91 5:-0.23 7:0.43 8:0.1 11:-0.16 12:0.18 13:-0.23
x:aspect:product-quality 1:-0.3 2:0.22 3:-0.29 5:1.66 6:-0.28 7:0.12 9:0.11 13:-0.12
x:aspect:staff-attitude 0:-0.41 1:1.39 2:1.48 3:-0.26 4:-0.54 5:-0.11 6:0.12 9:0.21 10:0.54 11:-0.2 12:0.14 13:0.28
x:aspect:waiting-time 0:2.48 1:-0.75 3:-0.53 4:-0.95 5:-0.32 7:-0.19 8:0.11 9:0.25 12:0.24 13:0.15
x:cue:cleanliness_+ 0:0.54 1:-0.25 2:-0.53 3:2.93 5:-0.28 6:-0.35 7:0.21 9:0.14 10:1.93 12:0.55
x:cue:cleanliness_- 1:-0.45 2:-0.18 3:1.92 4:-0.15 5:-0.2 6:-0.55 10:-1.63 11:-0.18 12:-0.11
x:cue:communication_+ 0:-0.64 1:-0.11 2:-0.21 3:-0.29 4:-0.14 5:-0.74 6:2.51 7:0.42 8:0.65 9:0.71 12:0.2 13:1.6
x:cue:communication_- 1:-0.5 2:-0.35 4:-0.16 5:-0.45 6:2.81 7:-0.66 9:-0.14 10:0.13 11:-0.37 12:-0.1 13:-1.07
x:cue:knowledge_+ 0:-0.67 2:1.87 3:-0.34 5:-0.31 6:-0.23 7:0.2 8:0.17 9:1.84 11:0.14 12:0.49
x:cue:knowledge_- 0:-0.21 1:-0.13 2:1.42 3:-0.43 4:-0.48 6:-0.13 9:-1.27 11:-0.14 13:-0.56
x:cue:price_+ 0:-0.11 2:-0.31 3:-0.38 4:3.14 5:-0.36 6:-0.5 7:0.47 8:0.17 9:0.56 11:1.67 12:0.47 13:0.34
x:cue:price_- 0:-0.43 1:-0.42 2:-0.8 3:-0.39 4:2.53 6:-0.34 7:-0.36 8:0.18 9:0.18 11:-0.97 12:0.11 13:-0.2
x:cue:product-quality_+ 1:0.73 2:0.11 3:-0.27 4:0.19 5:1.24 6:-0.47 7:0.41 8:0.2 9:0.12 10:0.15 11:0.53 12:1.2
x:cue:product-quality_- 0:-1.19 1:-0.14 2:0.14 3:-0.65 5:2.09 6:-0.71 7:-0.23 9:-0.28 10:-0.17 11:-0.38 12:-1.29 13:0.22
x:cue:staff-attitude_+ 0:-0.5 1:2.68 2:-0.32 3:0.33 5:-0.53 8:1.31 13:0.36
x:cue:staff-attitude_- 0:-0.77 1:3.35 2:-1.27 3:-0.25 4:-0.43 5:-0.46 6:-0.96 8:-2.23 10:-0.11 13:-0.37
x:cue:waiting-time_+ 0:1.9 3:-0.12 4:-0.46 5:-0.2 6:-0.72 7:1.53 9:0.27 10:0.22 12:0.24 13:0.24
x:cue:waiting-time_- 0:1.4 1:-0.39 2:0.45 3:-0.23 4:-0.97 6:-0.14 7:-1.7 8:-0.14 12:0.13 13:-0.34
x:near:cleanliness_+ 2:-0.64 3:0.51 4:-0.15 5:0.32 6:0.53 9:0.11 10:0.14 12:0.11 13:0.43
x:near:cleanliness_- 1:-0.53 3:1.2 5:-0.62 6:-0.27 7:-0.11 10:-0.58 12:0.13 13:0.14
x:near:communication_+ 0:0.55 1:-0.2 2:-0.64 3:0.32 4:0.15 5:-0.26 7:0.34 8:-0.24 11:-0.11 12:-0.24 13:0.33
x:near:communication_- 1:0.38 2:0.49 6:-0.43 8:-0.39 12:-0.25 13:-0.23
x:near:knowledge_+ 0:-0.2 1:0.75 2:0.7 3:-0.17 5:0.22 6:0.25 7:0.37 8:0.39 9:0.25 11:-0.1 12:0.29
x:near:knowledge_- 0:-0.2 1:-0.12 2:0.86 3:-0.25 5:-0.27 6:0.29 9:-0.28 12:-0.25 13:-0.12
x:near:price_+ 0:-0.22 1:-0.19 2:-0.26 3:0.73 4:1.04 7:0.49 8:-0.22 10:0.15 11:0.89
x:near:price_- 0:-0.37 1:0.14 2:0.17 4:0.97 5:-0.11 6:-0.42 7:0.29 8:-0.17 11:-0.65
x:near:product-quality_+ 1:-0.42 3:0.52 4:0.37 5:0.33 7:0.11 8:0.13 9:-0.29 10:0.25 11:-0.1 12:0.33
x:near:product-quality_- 0:-0.43 2:0.33 5:0.33 7:-0.21 8:-0.11 10:-0.1 12:-0.79 13:-0.21
x:near:staff-attitude_+ 1:0.8 2:-0.48 4:0.1 5:-0.63 6:-0.2 8:0.49 10:0.16 11:-0.14
x:near:staff-attitude_- 0:0.32 1:0.54 2:-0.25 3:-0.93 5:0.66 7:0.2 8:-0.31 10:0.11
x:near:waiting-time_+ 0:0.27 1:0.27 3:0.3 4:0.11 5:-0.13 6:-0.17 7:0.55 8:-0.27 9:0.26 10:0.2 11:0.23 12:-0.26
x:near:waiting-time_- 0:1.98 1:-0.31 2:-0.49 3:-0.34 4:-0.18 5:0.6 6:0.39 7:-0.67 11:-0.45 12:-0.24 13:-0.28
x:opinion_+ 1:0.34 2:-0.25 3:-0.19 5:0.78 6:-0.27 7:0.92 8:0.69 9:0.53 10:0.57 11:0.57 12:1.63 13:0.66
x:opinion_- 0:0.12 1:0.16 2:-0.51 3:0.16 4:0.15 5:0.91 6:-0.23 7:-0.74 8:0.2 9:-0.32 10:-0.59 11:-0.85 12:-0.72 13:-0.11
x:paired:cleanliness_+ 0:-0.29 1:-0.11 2:0.16 3:-0.12 5:-0.6 8:0.1 10:0.14 11:-0.12
x:paired:cleanliness_- 0:0.12 2:0.19 3:0.44 5:-0.3 6:0.15 7:0.11 9:-0.11 10:-0.41
x:paired:communication_+ 0:0.48 1:-0.29 2:0.45 3:0.15 4:0.28 5:0.27 6:-0.86 7:0.22 11:-0.2 12:0.15 13:0.15
x:paired:communication_- 0:0.65 1:0.17 2:-0.54 5:-0.27 6:-0.63 11:-0.15 12:-0.15 13:-0.35
x:paired:knowledge_+ 1:-0.2 5:-0.25 9:0.21
x:paired:knowledge_- 2:-0.28 6:0.32
x:paired:price_+ 0:-0.16 1:-0.34 2:0.29 4:-0.48 5:-0.67 7:-0.15 11:0.35 12:-0.28
x:paired:price_- 0:0.11 2:0.28 3:0.18 4:0.9 5:0.11 6:0.17 11:-0.64
x:paired:product-quality_+ 0:-0.32 1:-0.35 3:0.41 4:-0.18 5:0.35 6:-0.23 8:-0.18 9:0.11 11:-0.14 12:1.03
x:paired:product-quality_- 0:-0.27 1:0.52 2:0.14 5:0.13 6:0.33 7:0.11 10:0.2 12:-0.29 13:-0.16
x:paired:staff-attitude_+ 0:-0.13 1:0.98 2:0.26 3:0.52 4:0.31 5:-0.15 7:-0.32 8:0.54 9:0.11 10:-0.21 12:-0.32 13:0.16
x:paired:staff-attitude_- 0:0.58 1:-0.52 2:1.15 3:-0.12 4:0.17 5:-0.19 6:-0.15 8:0.3 9:-0.21 11:-0.17 12:0.26
x:paired:waiting-time_+ 0:-0.52 5:-0.27 6:0.11
x:paired:waiting-time_- 0:0.53 2:-0.17 5:0.13 6:-0.11 7:-0.21 8:0.19

"""#
}
