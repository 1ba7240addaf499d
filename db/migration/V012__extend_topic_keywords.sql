-- More general surface forms of the topics of dialogue: inflections and near-synonyms that news
-- reports use for the same subject ("cyberspace", "hackers", "warheads", "drills"). General
-- vocabulary only; matched as whole words in a meeting's sentences.

UPDATE topic SET keywords = keywords || ARRAY['cyberspace', 'hackers', 'hacker', 'cyber-attacks', 'malware', 'disinformation']
WHERE code = 'cyber';

UPDATE topic SET keywords = keywords || ARRAY['nuclear-armed', 'warhead', 'warheads', 'atomic', 'nuclear weapons', 'nuclear consultative']
WHERE code = 'nuclear';

UPDATE topic SET keywords = keywords || ARRAY['drills', 'military drills', 'military exercises', 'warships', 'fighter jets',
    'defense ministers', 'defence ministers', 'security consultative', 'interoperability', 'force posture']
WHERE code = 'defense';

UPDATE topic SET keywords = keywords || ARRAY['diplomats', 'foreign affairs', 'ambassador', 'ambassadors', 'embassy',
    'joint statement', 'global strategic partnership', 'comprehensive strategic partnership']
WHERE code = 'diplomacy';

UPDATE topic SET keywords = keywords || ARRAY['arms sales', 'arms exports', 'defense exports', 'procurement',
    'manufacturing', 'production lines', 'co-production', 'joint production']
WHERE code = 'industry';

UPDATE topic SET keywords = keywords || ARRAY['space agency', 'spacecraft', 'rocket', 'rockets', 'space situational awareness']
WHERE code = 'space';
