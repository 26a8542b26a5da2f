# bash completion for redline (installed as
# share/bash-completion/completions/redline). Commands come from
# `redline --help`, options from `redline CMD --help`: never out of date.
_redline()
{
	local cur prev words cword
	_init_completion 2>/dev/null || {
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD-1]}
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
	}
	local cmds
	cmds=$("${words[0]}" --help 2>/dev/null | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
	if [ "$cword" -eq 1 ]; then
		COMPREPLY=($(compgen -W "$cmds help --help --version -V" -- "$cur"))
		return
	fi
	local cmd=${words[1]}
	if [ "$cmd" = help ]; then
		COMPREPLY=($(compgen -W "$cmds" -- "$cur"))
		return
	fi
	if [[ $cur == -* ]]; then
		local opts
		opts=$("${words[0]}" "$cmd" --help 2>/dev/null | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi
	COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _redline redline
